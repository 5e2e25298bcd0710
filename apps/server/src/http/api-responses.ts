import type { Invitation, User } from '@parley/api-contract';
import type { UserRecord } from '../accounts/get-user.ts';
import type { InvitationView } from '../accounts/list-invitations.ts';

/** A user as the API returns them. */
export function toUserResponse(user: UserRecord): User {
  return { ...user, createdAt: user.createdAt.toISOString() };
}

/** An invitation as the API returns it. */
export function toInvitationResponse(invitation: InvitationView): Invitation {
  return {
    ...invitation,
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}
