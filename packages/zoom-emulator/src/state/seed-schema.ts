import { z } from 'zod';

const passcodePolicySchema = z.object({
  requirePasscode: z.boolean().default(true),
  minLength: z.number().int().min(1).max(10).default(6),
  requireLetter: z.boolean().default(false),
  requireNumber: z.boolean().default(false),
  onlyNumeric: z.boolean().default(false),
});

const userSeedSchema = z.object({
  id: z.string().min(1).optional(),
  email: z.email(),
  firstName: z.string().max(64),
  lastName: z.string().max(64),
  role: z.enum(['owner', 'admin', 'member']).default('member'),
  type: z.union([z.literal(1), z.literal(2), z.literal(4)]).default(2),
  status: z.enum(['active', 'inactive', 'pending']).default('active'),
  /** `feature.concurrent_meeting` of the user's settings. */
  concurrentMeeting: z.enum(['Basic', 'Plus', 'None']).default('None'),
  password: z.string().min(1).default('zoom'),
  timezone: z.string().optional(),
  dept: z.string().default(''),
});

const roomSeedSchema = z.object({
  id: z.string().min(1).optional(),
  name: z.string().min(1),
  status: z.enum(['Offline', 'Available', 'InMeeting', 'UnderConstruction']).default('Available'),
  type: z
    .enum([
      'Kiosk',
      'ZoomRoom',
      'StandaloneWhiteboard',
      'SchedulingDisplayOnly',
      'DigitalSignageOnly',
      'PersonalZoomRoom',
    ])
    .default('ZoomRoom'),
});

const accountSeedSchema = z.object({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  id: z.string().min(1).optional(),
  name: z.string().min(1),
  plan: z.enum(['free', 'pro', 'business']),
  timezone: z.string().default('America/Los_Angeles'),
  requirePreApproval: z.boolean().default(false),
  preApprovedApps: z.array(z.string()).default([]),
  passcodePolicy: passcodePolicySchema.default({
    requirePasscode: true,
    minLength: 6,
    requireLetter: false,
    requireNumber: false,
    onlyNumeric: false,
  }),
  users: z.array(userSeedSchema).min(1),
  rooms: z.array(roomSeedSchema).default([]),
});

const appSeedSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(['admin', 'user', 's2s']),
  scopes: z.array(z.string().min(1)),
  redirectUrls: z.array(z.string().min(1)).default(['http://localhost:*', 'http://127.0.0.1:*']),
  /** null = no endpoint; absent = the emulator's `webhookUrl` option. */
  webhookUrl: z.url().nullable().optional(),
  webhookSecret: z.string().min(1),
  events: z.array(z.string()).nullable().default(null),
  disabled: z.boolean().default(false),
  /** S2S apps: account keys the app belongs to (S2S apps are internal to an account). */
  installedOn: z.array(z.string()).default([]),
});

/** A seed: the Zoom world the emulator starts with (and returns to on reset). */
export const seedSchema = z.object({
  accounts: z.array(accountSeedSchema).min(1),
  apps: z.array(appSeedSchema).default([]),
});

/** Seed as written by people (defaults optional). */
export type SeedInput = z.input<typeof seedSchema>;
/** Seed after validation, every default filled in. */
export type Seed = z.output<typeof seedSchema>;
export type AccountSeed = z.output<typeof accountSeedSchema>;
export type UserSeed = z.output<typeof userSeedSchema>;
export type AppSeed = z.output<typeof appSeedSchema>;
export type RoomSeed = z.output<typeof roomSeedSchema>;

/** Validates a seed and fills defaults; throws an Error naming every problem. */
export function parseSeed(input: unknown): Seed {
  const result = seedSchema.safeParse(input);
  if (!result.success) throw new Error(`Invalid emulator seed:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export { accountSeedSchema, appSeedSchema, roomSeedSchema, userSeedSchema };
