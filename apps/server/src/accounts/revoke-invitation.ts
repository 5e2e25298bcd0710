import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Database } from '../db/database.ts';
import { invitations } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';

/**
 * Revokes an invitation so its link no longer works. Revoking an already revoked, accepted or expired
 * invitation changes nothing and succeeds; another organization's invitation is NOT_FOUND.
 */
export async function revokeInvitation(
  database: Database,
  actor: Actor,
  invitationId: string,
): Promise<void> {
  await database.transaction(async (tx) => {
    const [invitation] = await tx.db
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.organizationId, actor.organizationId)));
    if (!invitation) throw new AppError(AppErrorCode.NotFound);
    const revoked = await tx.db
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(eq(invitations.id, invitationId), isNull(invitations.revokedAt), isNull(invitations.acceptedAt)),
      )
      .returning({ id: invitations.id });
    if (revoked.length === 0) return;
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'invitation.revoked',
      target: { type: 'invitation', id: invitationId },
      result: 'success',
    });
  });
}
