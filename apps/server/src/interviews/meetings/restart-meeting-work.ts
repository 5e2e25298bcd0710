import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { interviews, type ZoomAnswer, zoomMeetings } from '../../db/interview-schema.ts';
import type { InterviewRow } from './load-meeting-work.ts';
import type { MeetingServices } from './meeting-services.ts';
import { syncInterviewMeetingJob } from './sync-interview-meeting.job.ts';

/**
 * Starts the meeting operation of an interview whose Zoom work was given up on again: the failed meeting
 * goes back to `creating`/`updating`, a meeting Zoom would not delete loses its failure, the interview
 * settles anew, and the operation is enqueued. Shared by an editor's retry and the daily-limit sweep
 * (`automatic`: marks that one retry, so that a second daily limit is given up on for good). Returns false
 * when there was nothing to restart.
 */
export async function restartMeetingWork(
  tx: Transaction,
  services: Pick<MeetingServices, 'queue'>,
  before: InterviewRow,
  options: { automatic: boolean },
): Promise<boolean> {
  const interviewId = before.id;
  const [failed] = await tx.db
    .select()
    .from(zoomMeetings)
    .where(and(eq(zoomMeetings.interviewId, interviewId), eq(zoomMeetings.state, 'failed')));
  if (!failed && before.state !== 'needs_attention') return false;
  if (failed) {
    await tx.db
      .update(zoomMeetings)
      .set({
        state: failed.zoomMeetingId === null ? 'creating' : 'updating',
        lastAnswer: answerRestarted(failed.lastAnswer, options.automatic),
        updatedAt: new Date(),
      })
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
  await services.queue.enqueueKeyed(tx, syncInterviewMeetingJob, { interviewId }, interviewId);
  return true;
}

/** The last answer without its daily-limit date; the sweep's retry marked, an editor's retry unmarked. */
function answerRestarted(answer: ZoomAnswer | null, automatic: boolean): ZoomAnswer | null {
  if (!answer) return null;
  const { retryAt: _lifted, retriedAfterDailyLimit: _retried, ...rest } = answer;
  return automatic ? { ...rest, retriedAfterDailyLimit: true } : rest;
}
