import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { zoomMeetings } from '../../db/interview-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { recreateDeletedMeeting } from '../meetings/recreate-deleted-meeting.ts';
import { editInterview } from './editable-interview.ts';
import type { InterviewServices } from './schedule-interview.ts';

/**
 * An editor's *Recreate* for a meeting someone deleted in Zoom: a new meeting on the same host, a new
 * version of the interview, and — once the meeting is live — the invitations again with the new link.
 * MEETING_NOT_DELETED_IN_ZOOM when the meeting is not (or no longer) shown as deleted in Zoom.
 */
export async function recreateInterviewMeeting(
  services: InterviewServices,
  actor: Actor,
  interviewId: string,
  input: { version: number },
): Promise<void> {
  await editInterview(services, actor, { id: interviewId, version: input.version }, async (tx, interview) => {
    const [deleted] = await tx.db
      .select()
      .from(zoomMeetings)
      .where(and(eq(zoomMeetings.interviewId, interviewId), eq(zoomMeetings.state, 'deleted_in_zoom')));
    if (!deleted) throw new AppError(AppErrorCode.MeetingNotDeletedInZoom);
    await recreateDeletedMeeting(tx, services, interview, deleted, actor.userId);
  });
}
