import { z } from 'zod';
import type { UserRecord } from '../accounts/get-user.ts';
import type { InvitationView } from '../accounts/list-invitations.ts';
import { languages, roles } from '../db/schema.ts';

/** Response and shared request schemas of the HTTP API (docs/api.md, "Types"). */
export const roleSchema = z.enum(roles);
export const languageSchema = z.enum(languages);
const instant = z.iso.datetime().meta({ description: 'ISO 8601 instant (UTC)' });

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    active: z.boolean(),
    language: languageSchema,
    timeZone: z.string(),
    createdAt: instant,
  })
  .meta({ id: 'User' });

export const meSchema = z
  .object({
    user: userSchema,
    organization: z.object({ id: z.uuid(), name: z.string() }),
    csrfToken: z.string(),
    features: z.object({ devMailbox: z.boolean() }),
  })
  .meta({ id: 'Me' });

export const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: roleSchema,
    status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
    expiresAt: instant,
    createdAt: instant,
    invitedBy: z.object({ id: z.uuid(), name: z.string() }),
  })
  .meta({ id: 'Invitation' });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      meta: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  })
  .meta({ id: 'Error' });

/** A path parameter holding a resource id; a malformed id is a validation error, not a 500. */
export const idParamsSchema = z.object({ id: z.guid() });

/** A user as the API returns them. */
export function toUserResponse(user: UserRecord): z.infer<typeof userSchema> {
  return { ...user, createdAt: user.createdAt.toISOString() };
}

/** An invitation as the API returns it. */
export function toInvitationResponse(invitation: InvitationView): z.infer<typeof invitationSchema> {
  return {
    ...invitation,
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}
