import type { Language, Role } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { invitations, organizations } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import { hashToken } from '../secrets/tokens.ts';
import { invitationStatus } from './invitation-status.ts';

/** A pending invitation as its link shows it to the invited person. */
export interface PendingInvitation {
  id: string;
  organizationId: string;
  organizationName: string;
  email: string;
  role: Role;
  language: Language;
  expiresAt: Date;
}

/**
 * The pending invitation of a link token. INVITATION_INVALID when unknown, used or revoked;
 * INVITATION_EXPIRED when past its expiry. With `forUpdate`, the row stays locked until the
 * transaction ends (acceptance).
 */
export async function findInvitationByToken(
  db: Db,
  token: string,
  forUpdate = false,
): Promise<PendingInvitation> {
  const query = db
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  const [row] = forUpdate ? await query.for('update', { of: invitations }) : await query;
  if (!row) throw new AppError(AppErrorCode.InvitationInvalid);
  const { invitation, organizationName } = row;
  switch (invitationStatus(invitation)) {
    case 'accepted':
    case 'revoked':
      throw new AppError(AppErrorCode.InvitationInvalid);
    case 'expired':
      throw new AppError(AppErrorCode.InvitationExpired);
    case 'pending':
      return {
        id: invitation.id,
        organizationId: invitation.organizationId,
        organizationName,
        email: invitation.email,
        role: invitation.role,
        language: invitation.language,
        expiresAt: invitation.expiresAt,
      };
  }
}
