/*
 * Plain values of the accounts contract. No zod here: the web app imports these at run time and must not
 * pull the schema library into its bundle for a list of names.
 */

/** What a user may do in their organization (docs/api.md, "Roles"). */
export const roles = ['admin', 'recruiter', 'interviewer'] as const;
/** One of {@link roles}. */
export type Role = (typeof roles)[number];

/** The languages Parley speaks: the UI, the server's messages and the emails. */
export const languages = ['en', 'de', 'ja'] as const;
/** One of {@link languages}. */
export type Language = (typeof languages)[number];

/** Whether `value` is one of Parley's languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Lifecycle of an invitation as the API reports it. */
export const invitationStatuses = ['pending', 'accepted', 'expired', 'revoked'] as const;
/** One of {@link invitationStatuses}. */
export type InvitationStatus = (typeof invitationStatuses)[number];

/** The shortest password Parley accepts; the web checks it before sending, the server enforces it. */
export const minimumPasswordLength = 10;
