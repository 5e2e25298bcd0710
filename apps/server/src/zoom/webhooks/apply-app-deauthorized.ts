import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import type { Services } from '../../services.ts';
import { markZoomConnectionStatus } from '../access/mark-zoom-connection-status.ts';
import type { ZoomChangeEvent } from './zoom-webhook-event.ts';

type AppDeauthorizedEvent = Extract<ZoomChangeEvent, { event: 'app_deauthorized' }>;

/**
 * The app was uninstalled in Zoom (Zoom's `app_deauthorized`). The organization app's uninstall removes the
 * organization connections of that Zoom account; the personal app's removes the personal connections of that
 * Zoom user. Each becomes `removed_in_zoom` (reason `app_uninstalled`) with its tokens deleted, an audit
 * event and an email to the admins (or the owner) — all through `markZoomConnectionStatus`. Server-to-Server
 * connections are not installations of these apps and stay untouched, and so do connections made after the
 * deauthorization (the event is late, or a retry).
 */
export async function applyAppDeauthorized(
  tx: Transaction,
  services: Pick<Services, 'queue' | 'zoom'>,
  event: AppDeauthorizedEvent,
): Promise<Record<string, number>> {
  const { account_id: zoomAccountId, user_id: zoomUserId, client_id: clientId } = event.payload;
  const where =
    clientId === services.zoom.organizationApp.clientId
      ? and(
          eq(zoomConnections.kind, 'organization'),
          eq(zoomConnections.authType, 'oauth'),
          eq(zoomConnections.zoomAccountId, zoomAccountId),
        )
      : clientId === services.zoom.personalApp.clientId
        ? and(eq(zoomConnections.kind, 'personal'), eq(zoomConnections.zoomUserId, zoomUserId))
        : undefined;
  if (!where) return { connectionsRemoved: 0 };
  const connections = await tx.db
    .select({ id: zoomConnections.id, connectedAt: zoomConnections.connectedAt })
    .from(zoomConnections)
    .where(where);
  // A late or retried event about an installation that was replaced since — a disconnect's revoke whose
  // webhook arrives after the reconnect — must not remove the new connection.
  const deauthorizedAt = deauthorizationTime(event);
  let connectionsRemoved = 0;
  for (const connection of connections) {
    if (deauthorizedAt !== null && connection.connectedAt.getTime() > deauthorizedAt) continue;
    const changed = await markZoomConnectionStatus(tx, services, {
      connectionId: connection.id,
      status: 'removed_in_zoom',
      reason: 'app_uninstalled',
      actorUserId: null,
      details: { webhookEvent: event.event, zoomClientId: clientId },
    });
    if (changed) connectionsRemoved++;
  }
  return { connectionsRemoved };
}

/** When Zoom says the app was deauthorized (`deauthorization_time`, else the event's time), epoch ms. */
function deauthorizationTime(event: AppDeauthorizedEvent): number | null {
  const stated = Date.parse(event.payload.deauthorization_time ?? '');
  if (Number.isFinite(stated)) return stated;
  return typeof event.event_ts === 'number' ? event.event_ts : null;
}
