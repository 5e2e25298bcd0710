import { zoomAuditActions } from '@parley/api-contract';
import { revokeZoomToken, ZoomApiError, type ZoomAppCredentials } from '@parley/zoom-client';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { connectionCause, connectionIncidentKinds } from '../../notifications/admin/incident-cause.ts';
import { resolveIncidents } from '../../notifications/admin/resolve-incidents.ts';
import type { Services } from '../../services.ts';
import { flagDependentInterviews } from '../access/flag-dependent-interviews.ts';
import type { ZoomConnectionRow } from '../access/resolve-zoom-access.ts';
import { withdrawPendingAdminLinks } from '../admin-links/withdraw-zoom-admin-link.ts';

/** The token to revoke and the app it belongs to; undefined when nothing usable is stored. */
function revocation(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  row: ZoomConnectionRow,
): { token: string; credentials: ZoomAppCredentials } | undefined {
  const { secretBox, zoom } = services;
  const sealed = row.sealedAccessToken ?? row.sealedRefreshToken;
  if (!sealed) return undefined;
  if (row.authType === 'server_to_server') {
    if (!row.s2sClientId || !row.sealedS2sClientSecret) return undefined;
    return {
      token: secretBox.open(sealed),
      credentials: { clientId: row.s2sClientId, clientSecret: secretBox.open(row.sealedS2sClientSecret) },
    };
  }
  return {
    token: secretBox.open(sealed),
    credentials: row.kind === 'organization' ? zoom.organizationApp : zoom.personalApp,
  };
}

/**
 * Disconnects the organization connection (admins) or the actor's personal connection: the row
 * and its tokens are deleted (and, for the organization, a pending admin link withdrawn) in one
 * transaction with the `*.disconnected` audit event; then the token is revoked at Zoom. The deletion
 * comes first so that the `app_deauthorized` webhook Zoom sends for the revocation finds nothing to mark
 * "Removed in Zoom". A failed revocation does not undo the disconnect; it is logged and audited as
 * `*.revoke_failed`. Personal connections are untouched by an organization disconnect. Disconnecting
 * nothing succeeds.
 */
export async function disconnectZoomConnection(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue' | 'logger'>,
  actor: Actor,
  kind: 'organization' | 'personal',
): Promise<void> {
  const owner =
    kind === 'organization'
      ? and(
          eq(zoomConnections.organizationId, actor.organizationId),
          eq(zoomConnections.kind, 'organization'),
        )
      : and(eq(zoomConnections.userId, actor.userId), eq(zoomConnections.kind, 'personal'));
  const removed = await services.database.transaction(async (tx) => {
    if (kind === 'organization') await withdrawPendingAdminLinks(tx, actor.organizationId);
    const [existing] = await tx.db.select({ id: zoomConnections.id }).from(zoomConnections).where(owner);
    if (!existing) return undefined;
    // Before the row goes: its interviews lose their link to it, and must be re-validated on a new one.
    await flagDependentInterviews(tx, existing.id, 'removed');
    const [row] = await tx.db.delete(zoomConnections).where(owner).returning();
    if (!row) return undefined;
    // The admins chose to end the connection: its problem is no longer theirs to fix.
    if (kind === 'organization') {
      await resolveIncidents(tx, {
        organizationId: actor.organizationId,
        kinds: connectionIncidentKinds,
        cause: connectionCause(row.id),
      });
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action:
        kind === 'organization'
          ? zoomAuditActions.organizationDisconnected
          : zoomAuditActions.personalDisconnected,
      target: { type: 'zoom_connection', id: row.id },
      result: 'success',
      metadata: {
        zoomAccountId: row.zoomAccountId,
        zoomUserEmail: row.zoomUserEmail,
        authType: row.authType,
        previousStatus: row.status,
      },
    });
    return row;
  });
  if (!removed) return;
  const toRevoke = revocation(services, removed);
  if (!toRevoke) return;
  try {
    await revokeZoomToken({
      endpoints: services.zoom.endpoints,
      fetch: services.zoom.fetch,
      credentials: toRevoke.credentials,
      token: toRevoke.token,
    });
  } catch (error) {
    if (!(error instanceof ZoomApiError)) throw error;
    services.logger.warn(
      { connectionId: removed.id, zoomStatus: error.status, zoomCode: error.code },
      'Zoom token revocation failed after disconnect',
    );
    await services.database.transaction((tx) =>
      recordAuditEvent(tx, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action:
          kind === 'organization'
            ? zoomAuditActions.organizationRevokeFailed
            : zoomAuditActions.personalRevokeFailed,
        target: { type: 'zoom_connection', id: removed.id },
        result: 'failure',
        metadata: {
          zoomAccountId: removed.zoomAccountId,
          zoomUserEmail: removed.zoomUserEmail,
          zoomCode: error.code,
          zoomMessage: error.message,
        },
      }),
    );
  }
}
