import type { InvitationStatus } from '@parley/api-contract';
import type { invitations } from '../db/schema.ts';

/** How long an invitation link stays valid. */
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/** The status of an invitation row at `now`. */
export function invitationStatus(
  invitation: Pick<typeof invitations.$inferSelect, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
  now = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}
