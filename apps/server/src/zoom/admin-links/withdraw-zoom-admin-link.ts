import { zoomAuditActions } from '@parley/api-contract';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Transaction } from '../../db/database.ts';
import { zoomAdminLinks } from '../../db/zoom-schema.ts';
import type { Services } from '../../services.ts';

/** Withdraws the organization's pending admin links; returns how many were pending. */
export async function withdrawPendingAdminLinks(
  tx: Pick<Transaction, 'db'>,
  organizationId: string,
  now = new Date(),
): Promise<number> {
  const withdrawn = await tx.db
    .update(zoomAdminLinks)
    .set({ withdrawnAt: now })
    .where(
      and(
        eq(zoomAdminLinks.organizationId, organizationId),
        isNull(zoomAdminLinks.usedAt),
        isNull(zoomAdminLinks.withdrawnAt),
        gt(zoomAdminLinks.expiresAt, now),
      ),
    )
    .returning({ id: zoomAdminLinks.id });
  return withdrawn.length;
}

/** Withdraws the pending admin link (its URL stops working); nothing pending is fine too. */
export async function withdrawZoomAdminLink(
  services: Pick<Services, 'database'>,
  actor: Actor,
): Promise<void> {
  await services.database.transaction(async (tx) => {
    const withdrawn = await withdrawPendingAdminLinks(tx, actor.organizationId);
    if (withdrawn === 0) return;
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: zoomAuditActions.adminLinkWithdrawn,
      result: 'success',
    });
  });
}
