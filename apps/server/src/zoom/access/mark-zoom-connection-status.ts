import {
  type StoredZoomConnectionStatus,
  type ZoomStatusReason,
  zoomAuditActions,
} from '@parley/api-contract';
import { and, eq, gte, notInArray } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Transaction } from '../../db/database.ts';
import { interviews } from '../../db/interview-schema.ts';
import { type StoredZoomProblem, zoomConnections } from '../../db/zoom-schema.ts';
import { connectionCause, connectionIncidentKinds } from '../../notifications/admin/incident-cause.ts';
import { reportIncident } from '../../notifications/admin/report-incident.ts';
import { resolveIncidents } from '../../notifications/admin/resolve-incidents.ts';
import type { Services } from '../../services.ts';
import { flagDependentInterviews } from './flag-dependent-interviews.ts';
import { notifyZoomConnectionProblem } from './notify-zoom-connection-problem.job.ts';

/** A status change of one connection, and who or what caused it. */
export interface ZoomStatusChange {
  connectionId: string;
  status: StoredZoomConnectionStatus;
  /** Required for `needs_reconnect` and `removed_in_zoom`; ignored for `connected`. */
  reason: ZoomStatusReason | null;
  /** The Parley user who caused it; null for Zoom (webhooks) or the system (health checks, refreshes). */
  actorUserId: string | null;
  /** Extra audit metadata, e.g. `{ zoomCode: 4735 }` or `{ webhookEvent: 'user.updated' }`. No secrets. */
  details?: Record<string, unknown>;
  /** Stored as the connection's problem, shown in words on the Zoom page. */
  problem?: StoredZoomProblem;
}

/** Statuses that make the stored tokens useless for good, so they are deleted. */
function tokensAreDead(status: StoredZoomConnectionStatus, reason: ZoomStatusReason | null): boolean {
  return status === 'removed_in_zoom' || reason === 'refresh_rejected';
}

/**
 * Moves a connection to `status` with `reason`, inside the caller's transaction: writes the audit event
 * (`zoom.organization.status_changed` / `zoom.personal.status_changed`) and, when the connection broke or was
 * removed, tells the people who can mend it: for the organization connection an admin incident (bell and
 * one e-mail per admin; a reconnect resolves it), for a personal one an e-mail to its owner. Tokens
 * are deleted when they can never work again (removed in Zoom, refresh rejected). Idempotent: the same
 * status and reason again changes nothing and returns false, so a redelivered webhook has one effect.
 */
export async function markZoomConnectionStatus(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  change: ZoomStatusChange,
): Promise<boolean> {
  const [connection] = await tx.db
    .select()
    .from(zoomConnections)
    .where(eq(zoomConnections.id, change.connectionId))
    .for('update');
  if (!connection) return false;
  const reason = change.status === 'connected' ? null : change.reason;
  if (connection.status === change.status && connection.statusReason === reason) return false;
  const changedAt = new Date();
  await tx.db
    .update(zoomConnections)
    .set({
      status: change.status,
      statusReason: reason,
      statusChangedAt: changedAt,
      updatedAt: changedAt,
      ...(change.problem === undefined ? {} : { lastCheckProblem: change.problem }),
      ...(tokensAreDead(change.status, reason)
        ? { sealedAccessToken: null, sealedRefreshToken: null, accessTokenExpiresAt: null }
        : {}),
    })
    .where(eq(zoomConnections.id, connection.id));
  await recordAuditEvent(tx, {
    organizationId: connection.organizationId,
    actorUserId: change.actorUserId,
    action:
      connection.kind === 'organization'
        ? zoomAuditActions.organizationStatusChanged
        : zoomAuditActions.personalStatusChanged,
    target: { type: 'zoom_connection', id: connection.id },
    result: change.status === 'connected' ? 'success' : 'failure',
    metadata: {
      zoomAccountId: connection.zoomAccountId,
      zoomUserEmail: connection.zoomUserEmail,
      from: connection.status,
      to: change.status,
      reason,
      ...change.details,
    },
  });
  if (change.status !== 'connected') {
    await flagDependentInterviews(
      tx,
      connection.id,
      change.status === 'removed_in_zoom' ? 'removed' : 'needs_reconnect',
      changedAt,
    );
  }
  if (connection.kind === 'organization') {
    await updateConnectionIncidents(tx, services, connection, change.status, reason);
  } else if (change.status !== 'connected') {
    await services.queue.enqueue(tx, notifyZoomConnectionProblem, {
      connectionId: connection.id,
      organizationId: connection.organizationId,
      kind: connection.kind,
      userId: connection.userId,
      status: change.status,
      reason,
      zoomUserEmail: connection.zoomUserEmail,
      changedAt: changedAt.toISOString(),
    });
  }
  return true;
}

/**
 * The organization connection's incident follows its status: working again resolves it, a new problem
 * replaces the other kind's incident (needs reconnect → removed in Zoom) with its own, listing the upcoming
 * interviews whose meetings this connection makes.
 */
async function updateConnectionIncidents(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  connection: { id: string; organizationId: string; zoomUserEmail: string },
  status: StoredZoomConnectionStatus,
  reason: ZoomStatusReason | null,
): Promise<void> {
  const kind =
    status === 'connected'
      ? undefined
      : status === 'removed_in_zoom'
        ? ('zoom_connection_removed' as const)
        : ('zoom_connection_needs_reconnect' as const);
  await resolveIncidents(tx, {
    organizationId: connection.organizationId,
    kinds: connectionIncidentKinds.filter((other) => other !== kind),
    cause: connectionCause(connection.id),
  });
  if (!kind) return;
  const upcoming = await tx.db
    .select({ id: interviews.id })
    .from(interviews)
    .where(
      and(
        eq(interviews.hostConnectionId, connection.id),
        gte(interviews.endAt, new Date()),
        notInArray(interviews.state, ['cancelled', 'completed']),
      ),
    );
  await reportIncident(tx, services, {
    organizationId: connection.organizationId,
    facts: { kind, connectionId: connection.id, zoomUserEmail: connection.zoomUserEmail, reason },
    interviewIds: upcoming.map((interview) => interview.id),
  });
}
