import { accountAuditActions, type Role } from '@parley/api-contract';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { invitations, users } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import { createToken, hashToken } from '../secrets/tokens.ts';
import type { Services } from '../services.ts';
import { invitationLifetimeMs } from './invitation-status.ts';
import { type InvitationView, selectInvitations } from './list-invitations.ts';
import { sendInvitationEmail } from './send-invitation-email.job.ts';

/** Services {@link inviteUser} needs. */
export type InviteUserServices = Pick<Services, 'database' | 'queue' | 'secretBox'>;

/**
 * Invites someone by email to the actor's organization with a role. The invitation (single use,
 * valid 7 days) and the job that mails its link commit together. Inviting the same address again
 * replaces the earlier pending invitation, whose link stops working (audited as revoked, reason `replaced`). EMAIL_TAKEN when a user of the
 * actor's own organization has that address. An address that belongs to a user of *another* organization
 * is invited like any other: answering EMAIL_TAKEN there would let any admin find out who uses Parley
 * elsewhere. Such an invitation cannot be accepted (an address signs in to one account, see
 * accept-invitation.ts); the person who owns the address is told so on the invitation page.
 */
export async function inviteUser(
  services: InviteUserServices,
  actor: Actor,
  input: { email: string; role: Role },
): Promise<InvitationView> {
  const { database, queue, secretBox } = services;
  const token = createToken();
  const now = new Date();
  return database.transaction(async (tx) => {
    const [existing] = await tx.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, input.email), eq(users.organizationId, actor.organizationId)));
    if (existing) throw new AppError(AppErrorCode.EmailTaken);
    const replaced = await tx.db
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.organizationId, actor.organizationId),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
        ),
      )
      .returning({ id: invitations.id });
    const [invitation] = await tx.db
      .insert(invitations)
      .values({
        organizationId: actor.organizationId,
        email: input.email,
        role: input.role,
        language: actor.language,
        tokenHash: hashToken(token),
        invitedByUserId: actor.userId,
        expiresAt: new Date(now.getTime() + invitationLifetimeMs),
      })
      .returning({ id: invitations.id });
    await queue.enqueue(tx, sendInvitationEmail, {
      invitationId: invitation!.id,
      sealedToken: secretBox.seal(token),
    });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'user.invited',
      target: { type: 'invitation', id: invitation!.id },
      result: 'success',
      metadata: { email: input.email, role: input.role },
    });
    // The older link stops working: as visible in the audit log as revoking it by hand.
    for (const older of replaced) {
      await recordAuditEvent(tx, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: accountAuditActions.invitationRevoked,
        target: { type: 'invitation', id: older.id },
        result: 'success',
        metadata: { email: input.email, reason: 'replaced', replacedBy: invitation!.id },
      });
    }
    const [view] = await selectInvitations(tx.db, eq(invitations.id, invitation!.id));
    return view!;
  });
}
