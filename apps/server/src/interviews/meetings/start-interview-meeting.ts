import { interviewAuditActions } from '@parley/api-contract';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import { interviews, zoomMeetings } from '../../db/interview-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { getInterview } from '../get-interview.ts';
import { getMeetingFromZoom } from './call-zoom-meetings.ts';
import type { MeetingServices } from './meeting-services.ts';

/**
 * Zoom's host link for an interview's meeting, fetched fresh at the moment of the click (it expires after
 * two hours). Only the host and the scheduling recruiter may have it; the caller redirects to it and
 * must not store, log or return it anywhere else.
 */
export async function startInterviewMeeting(
  services: MeetingServices,
  actor: Actor,
  interviewId: string,
): Promise<string> {
  const view = await getInterview(services, actor, interviewId);
  if (!view.canStart) throw new AppError(AppErrorCode.MeetingNotStartable);
  const [meeting] = await services.database.db
    .select()
    .from(zoomMeetings)
    .where(and(eq(zoomMeetings.interviewId, interviewId), eq(zoomMeetings.state, 'live')));
  const [interview] = await services.database.db
    .select()
    .from(interviews)
    .where(eq(interviews.id, interviewId));
  if (!meeting?.zoomMeetingId || !meeting.connectionId || !interview)
    throw new AppError(AppErrorCode.MeetingNotStartable);
  const zoomMeeting = await getMeetingFromZoom(
    services,
    {
      organizationId: interview.organizationId,
      interviewId,
      hostZoomUserId: meeting.hostZoomUserId,
      connectionId: meeting.connectionId,
    },
    meeting.zoomMeetingId,
  );
  if (!zoomMeeting.start_url) throw new AppError(AppErrorCode.MeetingNotStartable);
  await services.database.transaction((tx) =>
    recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: interviewAuditActions.meetingStarted,
      target: { type: 'interview', id: interviewId },
      result: 'success',
      metadata: { zoomMeetingId: String(meeting.zoomMeetingId) },
    }),
  );
  return zoomMeeting.start_url;
}
