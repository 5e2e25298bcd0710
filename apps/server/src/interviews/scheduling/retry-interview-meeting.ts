import { interviewAuditActions } from '@parley/api-contract';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { interviews, zoomMeetings } from '../../db/interview-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { syncInterviewMeetingJob } from '../meetings/sync-interview-meeting.job.ts';
import { auditInterviewChange, lockEditableInterview } from './editable-interview.ts';
import type { InterviewServices } from './schedule-interview.ts';

/** Runs the meeting operation of an interview whose Zoom work failed for good once more (an editor's retry). */
export async function retryInterviewMeeting(
  services: InterviewServices,
  actor: Actor,
  interviewId: string,
  input: { version: number },
): Promise<void> {
  await services.database.transaction(async (tx) => {
    const before = await lockEditableInterview(tx, actor, interviewId, input.version);
    const [failed] = await tx.db
      .select()
      .from(zoomMeetings)
      .where(and(eq(zoomMeetings.interviewId, interviewId), eq(zoomMeetings.state, 'failed')));
    if (!failed && before.state !== 'needs_attention') throw new AppError(AppErrorCode.InterviewNotEditable);
    if (failed) {
      await tx.db
        .update(zoomMeetings)
        .set({ state: failed.zoomMeetingId === null ? 'creating' : 'updating', updatedAt: new Date() })
        .where(eq(zoomMeetings.id, failed.id));
    }
    // A meeting Zoom would not delete is tried again too: its failure no longer stops the operation.
    await tx.db
      .update(zoomMeetings)
      .set({ lastAnswer: sql`${zoomMeetings.lastAnswer} - 'failure' - 'failedAtVersion'` })
      .where(and(eq(zoomMeetings.interviewId, interviewId), eq(zoomMeetings.state, 'deleting')));
    await tx.db
      .update(interviews)
      .set({ state: before.version === 1 ? 'scheduling' : 'rescheduling', updatedAt: new Date() })
      .where(eq(interviews.id, interviewId));
    await auditInterviewChange(tx, actor, interviewId, interviewAuditActions.meetingRetried, {
      version: before.version,
    });
    await services.queue.enqueueKeyed(tx, syncInterviewMeetingJob, { interviewId }, interviewId);
  });
}
