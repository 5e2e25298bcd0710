import type { SeedInput } from './seed-schema.ts';

/** Admin-level granular scopes of the seeded `parley-org` and `parley-s2s` apps. */
export const ADMIN_SCOPES = [
  'user:read:user:admin',
  'user:read:list_users:admin',
  'meeting:write:meeting:admin',
  'meeting:update:meeting:admin',
  'meeting:delete:meeting:admin',
  'meeting:read:meeting:admin',
  'meeting:read:list_meetings:admin',
  'zoom_rooms:read:list_rooms:admin',
  'user:read:settings:admin',
];

/** User-level granular scopes of the seeded `parley-user` app. */
export const USER_SCOPES = [
  'user:read:user',
  'meeting:write:meeting',
  'meeting:update:meeting',
  'meeting:delete:meeting',
  'meeting:read:meeting',
  'meeting:read:list_meetings',
];

/** Password of every seeded user. */
export const SEEDED_PASSWORD = 'zoom';
/** Webhook secret token of the three seeded apps. */
export const SEEDED_WEBHOOK_SECRET = 'parley-webhook-secret';

const FIRST_NAMES = [
  'Aiko',
  'Ben',
  'Carla',
  'Dmitri',
  'Elif',
  'Farah',
  'Gustav',
  'Hana',
  'Ivan',
  'Jana',
  'Kenji',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomoko',
  'Ugo',
  'Vera',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zoe',
  'Anders',
  'Beatriz',
  'Chen',
  'Dalia',
];
const LAST_NAMES = [
  'Suzuki',
  'Schmidt',
  'Garcia',
  'Novak',
  'Yilmaz',
  'Haddad',
  'Lindqvist',
  'Tanaka',
  'Petrov',
  'Dvorak',
  'Watanabe',
  'Fischer',
  'Rossi',
  'Kowalski',
  'Nguyen',
  'Sharma',
  'Dubois',
  'Moreno',
  'Berg',
  'Ito',
];

/**
 * Names of `memberN@acme.test` (N from 1): first name `FIRST_NAMES[(N-1) % 30]`, last name
 * `LAST_NAMES[floor((N-1) / 30) % 20]` — every one of the 360 pairs is different and predictable.
 */
export function seededMemberName(memberNumber: number): { firstName: string; lastName: string } {
  const index = memberNumber - 1;
  return {
    firstName: FIRST_NAMES[index % FIRST_NAMES.length]!,
    lastName: LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]!,
  };
}

const MEMBER_COUNT = 360;

/** The stable default world documented in the package README. */
export function createDefaultSeed(): SeedInput {
  const members = Array.from({ length: MEMBER_COUNT }, (_, index) => ({
    email: `member${index + 1}@acme.test`,
    ...seededMemberName(index + 1),
    role: 'member' as const,
    type: 2 as const,
  }));
  return {
    accounts: [
      {
        key: 'acme',
        name: 'Acme Inc',
        plan: 'pro',
        timezone: 'America/New_York',
        users: [
          { email: 'owner@acme.test', firstName: 'Olivia', lastName: 'Owens', role: 'owner', type: 2 },
          { email: 'admin@acme.test', firstName: 'Adam', lastName: 'Alvarez', role: 'admin', type: 2 },
          ...members,
          { email: 'basic@acme.test', firstName: 'Bea', lastName: 'Basic', role: 'member', type: 1 },
          { email: 'pending@acme.test', firstName: 'Pat', lastName: 'Pending', status: 'pending', type: 2 },
          { email: 'former@acme.test', firstName: 'Felix', lastName: 'Former', status: 'inactive', type: 2 },
        ],
        rooms: [
          { name: 'Boardroom', status: 'Available' },
          { name: 'Huddle Room 1', status: 'Available' },
          { name: 'Interview Room', status: 'Offline' },
        ],
      },
      {
        key: 'globex',
        name: 'Globex',
        plan: 'business',
        timezone: 'Europe/Berlin',
        users: [
          { email: 'owner@globex.test', firstName: 'Greta', lastName: 'Gross', role: 'owner', type: 2 },
        ],
      },
    ],
    apps: [
      {
        clientId: 'parley-org',
        clientSecret: 'parley-org-secret',
        name: 'Parley (organization)',
        type: 'admin',
        scopes: ADMIN_SCOPES,
        webhookSecret: SEEDED_WEBHOOK_SECRET,
      },
      {
        clientId: 'parley-user',
        clientSecret: 'parley-user-secret',
        name: 'Parley (personal)',
        type: 'user',
        scopes: USER_SCOPES,
        webhookSecret: SEEDED_WEBHOOK_SECRET,
      },
      {
        clientId: 'parley-s2s',
        clientSecret: 'parley-s2s-secret',
        name: 'Parley (server-to-server)',
        type: 's2s',
        scopes: ADMIN_SCOPES,
        webhookSecret: SEEDED_WEBHOOK_SECRET,
        installedOn: ['acme'],
      },
    ],
  };
}
