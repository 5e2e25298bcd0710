import type { AdminIncidentFacts } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import type { ZoomAnswer } from '../../db/interview-schema.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { reportIncident } from '../../notifications/admin/report-incident.ts';
import type { Services } from '../../services.ts';
import type { InterviewRow } from './load-meeting-work.ts';

/**
 * Tells the admins about a meeting that failed for good, as part of the incident of its cause: a broken
 * organization connection adds the interview to that connection's incident (one problem, one e-mail), any
 * other failure to the host's incident for Zoom's answer, so ten interviews refused for the same reason on
 * the same host are one notification listing ten.
 */
export async function reportMeetingFailure(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  interview: InterviewRow,
  answer: ZoomAnswer,
  cause: unknown,
): Promise<void> {
  const facts = (await brokenConnectionFacts(tx, interview, cause)) ?? {
    kind: 'meeting_failed' as const,
    hostZoomUserId: interview.hostZoomUserId ?? '',
    hostLabel: interview.hostLabel,
    ...answer,
  };
  await reportIncident(tx, services, {
    organizationId: interview.organizationId,
    facts,
    interviewIds: [interview.id],
  });
}

/** The organization connection's incident facts when the failure is that connection being broken. */
async function brokenConnectionFacts(
  tx: Transaction,
  interview: InterviewRow,
  cause: unknown,
): Promise<AdminIncidentFacts | undefined> {
  const connectionBroken = cause instanceof AppError && cause.code === AppErrorCode.ZoomNeedsReconnect;
  if (!connectionBroken || !interview.hostConnectionId) return undefined;
  const [connection] = await tx.db
    .select()
    .from(zoomConnections)
    .where(eq(zoomConnections.id, interview.hostConnectionId));
  if (connection?.kind !== 'organization' || connection.status === 'connected') return undefined;
  return {
    kind:
      connection.status === 'removed_in_zoom' ? 'zoom_connection_removed' : 'zoom_connection_needs_reconnect',
    connectionId: connection.id,
    zoomUserEmail: connection.zoomUserEmail,
    reason: connection.statusReason,
  };
}
