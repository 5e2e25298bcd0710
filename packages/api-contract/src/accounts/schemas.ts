import { z } from 'zod';
import { instantSchema, namedUserSchema } from '../common.ts';
import { text } from '../text.ts';
import { emailSchema } from './email.ts';
import { timeZoneSchema } from './time-zone.ts';
import { invitationStatuses, languages, minimumPasswordLength, roles } from './values.ts';

/** Schemas of sign-in, the signed-in user, users and invitations (docs/api.md). */
export const roleSchema = z.enum(roles);
export const languageSchema = z.enum(languages);

/** A name a person gives themselves. */
const personNameSchema = text().trim().min(1).max(200);
/** A new password; the key is translated by the server (`validation.password`). */
const newPasswordSchema = text().min(minimumPasswordLength, { error: 'validation.password' }).max(1024);

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    active: z.boolean(),
    language: languageSchema,
    timeZone: z.string(),
    /** The recruiter gets the invitations of the interviews they schedule, as the interviewers do. */
    receivesInterviewInvitations: z.boolean(),
    createdAt: instantSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

/** The signed-in user, their organization and what this server offers them. */
export const meSchema = z
  .object({
    user: userSchema,
    organization: z.object({
      id: z.uuid(),
      name: z.string(),
      /** The zone a new candidate starts in unless someone chooses another (IANA). */
      timeZone: z.string(),
    }),
    csrfToken: z.string(),
    features: z.object({ devMailbox: z.boolean() }),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

/** `POST /api/auth/login`. */
export const loginBodySchema = z.object({
  email: text().min(1).max(254),
  password: text().min(1).max(1024),
});
export type LoginInput = z.input<typeof loginBodySchema>;

/** `PATCH /api/me`: own name, language, time zone, or whether to get the invitations one schedules. */
export const profileChangesSchema = z.object({
  name: personNameSchema.optional(),
  language: languageSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  receivesInterviewInvitations: z.boolean().optional(),
});
export type ProfileChanges = z.input<typeof profileChangesSchema>;

/** `PATCH /api/organization` (admins): the organization's time zone, the default of new candidates. */
export const organizationChangesSchema = z.object({ timeZone: timeZoneSchema });
export type OrganizationChanges = z.input<typeof organizationChangesSchema>;

/** `POST /api/me/password`. */
export const passwordChangeSchema = z.object({
  currentPassword: text().min(1, { error: 'validation.required' }).max(1024),
  newPassword: newPasswordSchema,
});
export type PasswordChange = z.input<typeof passwordChangeSchema>;

/** `GET /api/users`. */
export const userListSchema = z.object({ users: z.array(userSchema) });

/** `PATCH /api/users/:id` (admins): role, or deactivate / reactivate. */
export const userChangesSchema = z.object({ role: roleSchema.optional(), active: z.boolean().optional() });
export type UserChanges = z.input<typeof userChangesSchema>;

/** `PATCH /api/users/:id` answer. */
export const userAnswerSchema = z.object({ user: userSchema });

export const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: roleSchema,
    status: z.enum(invitationStatuses),
    expiresAt: instantSchema,
    createdAt: instantSchema,
    invitedBy: namedUserSchema,
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof invitationSchema>;

/** `GET /api/invitations`. */
export const invitationListSchema = z.object({ invitations: z.array(invitationSchema) });

/** `POST /api/invitations`. */
export const invitationInputSchema = z.object({ email: emailSchema, role: roleSchema });
export type InvitationInput = z.input<typeof invitationInputSchema>;

/** `POST /api/invitations` answer. */
export const invitationAnswerSchema = z.object({ invitation: invitationSchema });

/** The token of an invitation link in a path. */
export const invitationTokenParamsSchema = z.object({ token: text().min(1).max(200) });

/** `GET /api/invitations/by-token/:token`: what an invitation link reveals before it is accepted. */
export const invitationPreviewSchema = z.object({
  email: z.string(),
  role: roleSchema,
  organizationName: z.string(),
  expiresAt: instantSchema,
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** `POST /api/invitations/by-token/:token/accept`: create the account. */
export const invitationAcceptanceSchema = z.object({
  name: personNameSchema,
  password: newPasswordSchema,
  language: languageSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});
export type InvitationAcceptance = z.input<typeof invitationAcceptanceSchema>;
