import { type ConnectionFlagReason, interviewAuditActions } from '@parley/api-contract';
import { and, eq, isNotNull, notInArray } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Transaction } from '../../db/database.ts';
import { interviews, zoomMeetings } from '../../db/interview-schema.ts';
import { zoomConnections, zoomHostCandidates } from '../../db/zoom-schema.ts';
import { applyMeetingGone } from './apply-zoom-meeting-change.ts';
import { getMeetingFromZoom } from './call-zoom-meetings.ts';
import { zoomCodeOf } from './fail-meeting-step.ts';
import type { InterviewRow, MeetingRow } from './load-meeting-work.ts';
import type { MeetingServices } from './meeting-services.ts';

/** What re-validating the flagged interviews found. */
export interface Revalidation {
  checked: number;
  cleared: number;
  stillFlagged: number;
}

type Verdict =
  | { kind: 'ok' | 'meeting_missing'; connectionId: string }
  | { kind: 'flagged'; reason: ConnectionFlagReason };

/**
 * After a reconnect, checks every flagged upcoming interview of the organization once: its connection
 * works (the interview's own, or — when that was disconnected — the organization's new one), the host can
 * still host, and Zoom still has the meeting. Those that pass lose their flag and are tied to the working
 * connection; a meeting Zoom no longer has goes the *Deleted in Zoom* way; the others stay flagged with
 * the reason found.
 */
export async function revalidateFlaggedInterviews(
  services: MeetingServices,
  actor: Actor,
): Promise<Revalidation> {
  const db = services.database.db;
  const flagged = await db
    .select()
    .from(interviews)
    .where(
      and(
        eq(interviews.organizationId, actor.organizationId),
        isNotNull(interviews.connectionFlaggedAt),
        notInArray(interviews.state, ['cancelled', 'completed']),
      ),
    );
  const result: Revalidation = { checked: flagged.length, cleared: 0, stillFlagged: 0 };
  for (const interview of flagged) {
    const [meeting] = await db
      .select()
      .from(zoomMeetings)
      .where(
        and(
          eq(zoomMeetings.interviewId, interview.id),
          notInArray(zoomMeetings.state, ['deleting', 'deleted']),
        ),
      );
    const verdict = await judge(services, interview, meeting);
    await services.database.transaction(async (tx) => {
      if (verdict.kind === 'flagged') {
        await tx.db
          .update(interviews)
          .set({ connectionFlagReason: verdict.reason })
          .where(eq(interviews.id, interview.id));
        return;
      }
      await tx.db
        .update(interviews)
        .set({ hostConnectionId: verdict.connectionId })
        .where(eq(interviews.id, interview.id));
      if (meeting) {
        await tx.db
          .update(zoomMeetings)
          .set({ connectionId: verdict.connectionId })
          .where(eq(zoomMeetings.id, meeting.id));
      }
      if (verdict.kind === 'meeting_missing' && meeting) {
        const repointed = { ...interview, hostConnectionId: verdict.connectionId };
        await applyMeetingGone(tx, services, repointed, { ...meeting, connectionId: verdict.connectionId });
      }
      await clearFlag(tx, interview, verdict.kind === 'ok' ? null : verdict.kind, actor);
    });
    if (verdict.kind === 'flagged') result.stillFlagged++;
    else result.cleared++;
  }
  return result;
}

async function clearFlag(
  tx: Transaction,
  interview: InterviewRow,
  finding: ConnectionFlagReason | null,
  actor: Actor,
) {
  await tx.db
    .update(interviews)
    .set({ connectionFlaggedAt: null, connectionFlagReason: null })
    .where(eq(interviews.id, interview.id));
  await recordAuditEvent(tx, {
    organizationId: interview.organizationId,
    actorUserId: actor.userId,
    action: interviewAuditActions.connectionRevalidated,
    target: { type: 'interview', id: interview.id },
    result: 'success',
    metadata: { finding },
  });
}

/** The working connection for the interview: its own, or the organization's when its own was disconnected. */
async function workingConnection(services: MeetingServices, interview: InterviewRow) {
  const db = services.database.db;
  const where = interview.hostConnectionId
    ? eq(zoomConnections.id, interview.hostConnectionId)
    : interview.hostChoice === 'own_zoom'
      ? undefined
      : and(
          eq(zoomConnections.organizationId, interview.organizationId),
          eq(zoomConnections.kind, 'organization'),
        );
  if (!where) return undefined;
  const [connection] = await db.select().from(zoomConnections).where(where);
  return connection?.status === 'connected' ? connection : undefined;
}

async function judge(
  services: MeetingServices,
  interview: InterviewRow,
  meeting: MeetingRow | undefined,
): Promise<Verdict> {
  const connection = await workingConnection(services, interview);
  if (!connection) return { kind: 'flagged', reason: interview.connectionFlagReason ?? 'needs_reconnect' };
  if (interview.hostCandidateId) {
    const [host] = await services.database.db
      .select()
      .from(zoomHostCandidates)
      .where(eq(zoomHostCandidates.id, interview.hostCandidateId));
    if (host?.status !== 'active' || host.flag === 'deactivated' || host.flag === 'deleted')
      return { kind: 'flagged', reason: 'host_unavailable' };
  }
  if (meeting?.zoomMeetingId == null) return { kind: 'ok', connectionId: connection.id };
  try {
    await getMeetingFromZoom(
      services,
      {
        organizationId: interview.organizationId,
        interviewId: interview.id,
        hostZoomUserId: meeting.hostZoomUserId,
        connectionId: connection.id,
      },
      meeting.zoomMeetingId,
    );
  } catch (error) {
    if (zoomCodeOf(error) === 3001) return { kind: 'meeting_missing', connectionId: connection.id };
    return { kind: 'flagged', reason: interview.connectionFlagReason ?? 'needs_reconnect' };
  }
  return { kind: 'ok', connectionId: connection.id };
}
