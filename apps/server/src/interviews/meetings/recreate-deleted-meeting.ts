import { interviewAuditActions } from '@parley/api-contract';
import { and, eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Transaction } from '../../db/database.ts';
import { interviews, meetingGuardSettings, zoomMeetings } from '../../db/interview-schema.ts';
import type { Services } from '../../services.ts';
import type { InterviewRow, MeetingRow } from './load-meeting-work.ts';
import { syncInterviewMeetingJob } from './sync-interview-meeting.job.ts';

/** Whether the organization has Parley recreate meetings deleted in Zoom without asking. */
export async function autoRecreates(tx: Transaction, organizationId: string): Promise<boolean> {
  const [settings] = await tx.db
    .select({ autoRecreate: meetingGuardSettings.autoRecreate })
    .from(meetingGuardSettings)
    .where(eq(meetingGuardSettings.organizationId, organizationId));
  return settings?.autoRecreate ?? false;
}

/**
 * Replaces a meeting Zoom no longer has with a new one on the same host, inside the caller's transaction:
 * the old row is `deleted`, a new `creating` row has its link flagged, and the interview gets a new
 * version (`rescheduling`) so that, once the meeting is live, the invitations go out again with the new
 * link. The meeting operation is enqueued here, keyed by the interview like every change.
 */
export async function recreateDeletedMeeting(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  interview: InterviewRow,
  meeting: MeetingRow,
  actorUserId: string | null,
): Promise<void> {
  await tx.db
    .update(zoomMeetings)
    .set({ state: 'deleted', zoomDrift: null, updatedAt: new Date() })
    .where(eq(zoomMeetings.id, meeting.id));
  await tx.db.insert(zoomMeetings).values({
    organizationId: interview.organizationId,
    interviewId: interview.id,
    hostZoomUserId: meeting.hostZoomUserId,
    hostLabel: meeting.hostLabel,
    connectionId: meeting.connectionId,
    state: 'creating',
    linkChanged: true,
  });
  const version = interview.version + 1;
  await tx.db
    .update(interviews)
    .set({ state: 'rescheduling', version, updatedAt: new Date() })
    .where(and(eq(interviews.id, interview.id), eq(interviews.version, interview.version)));
  await recordAuditEvent(tx, {
    organizationId: interview.organizationId,
    actorUserId,
    action: interviewAuditActions.meetingRecreated,
    target: { type: 'interview', id: interview.id },
    result: 'success',
    metadata: { previousZoomMeetingId: String(meeting.zoomMeetingId), version },
  });
  await services.queue.enqueueKeyed(tx, syncInterviewMeetingJob, { interviewId: interview.id }, interview.id);
}
