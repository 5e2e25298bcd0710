import { zoomAuditActions } from '@parley/api-contract';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import { zoomAdminLinks } from '../../db/zoom-schema.ts';
import { hashToken } from '../../secrets/tokens.ts';
import type { Services } from '../../services.ts';
import { adminLinkLifetimeMs, createAdminLinkToken, knownZoomAccount } from './find-zoom-admin-link.ts';
import { withdrawPendingAdminLinks } from './withdraw-zoom-admin-link.ts';

/**
 * For a Parley admin who is not a Zoom admin: a signed link (valid 7 days, single use) they send to their
 * Zoom admin, who completes the organization connection from it without a Parley login. A new link replaces
 * the pending one. Until it is used the organization shows `awaiting_authorization` (unless a working
 * connection exists, which keeps working until the link completes). Only a hash of the link is stored; the
 * URL is returned once. The link expects the Zoom account the organization already uses — that of its
 * connection, or, when it was disconnected, that of the hosts it keeps — so that nobody can move the
 * organization to another Zoom account through it.
 */
export async function createZoomAdminLink(
  services: Pick<Services, 'database' | 'secretBox' | 'config'>,
  actor: Actor,
): Promise<{ url: string; expiresAt: Date }> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + adminLinkLifetimeMs);
  const token = createAdminLinkToken(services.secretBox, expiresAt);
  await services.database.transaction(async (tx) => {
    await withdrawPendingAdminLinks(tx, actor.organizationId, now);
    const expected = await knownZoomAccount(tx.db, actor.organizationId);
    const [link] = await tx.db
      .insert(zoomAdminLinks)
      .values({
        organizationId: actor.organizationId,
        tokenHash: hashToken(token),
        createdByUserId: actor.userId,
        expectedZoomAccountId: expected?.zoomAccountId ?? null,
        expiresAt,
      })
      .returning({ id: zoomAdminLinks.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: zoomAuditActions.adminLinkCreated,
      target: { type: 'zoom_admin_link', id: link!.id },
      result: 'success',
      metadata: { zoomAccountId: expected?.zoomAccountId ?? null, expiresAt: expiresAt.toISOString() },
    });
  });
  return { url: `${services.config.publicUrl}/zoom/admin-authorize/${token}`, expiresAt };
}
