import { interviewAuditActions } from '@parley/api-contract';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { interviews, type ZoomMeetingDrift, zoomMeetings } from '../../db/interview-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { syncInterviewMeetingJob } from '../meetings/sync-interview-meeting.job.ts';
import { auditInterviewChange, editInterview } from './editable-interview.ts';
import type { InterviewServices } from './schedule-interview.ts';

/** The drift of the interview's current meeting; NOT_FOUND outside the organization, NO_MEETING_DRIFT when none. */
export async function currentDrift(db: Db, actor: Actor, interviewId: string): Promise<ZoomMeetingDrift> {
  const [row] = await db
    .select({ drift: zoomMeetings.zoomDrift })
    .from(interviews)
    .leftJoin(
      zoomMeetings,
      and(eq(zoomMeetings.interviewId, interviews.id), inArray(zoomMeetings.state, ['live', 'updating'])),
    )
    .where(and(eq(interviews.id, interviewId), eq(interviews.organizationId, actor.organizationId)));
  if (!row) throw new AppError(AppErrorCode.NotFound);
  if (!row.drift) throw new AppError(AppErrorCode.NoMeetingDrift);
  return row.drift;
}

/**
 * *Restore Parley's time*: Zoom is told the interview's time again (the meeting operation PATCHes it and
 * clears the drift once Zoom accepted). The interview itself does not change, so nobody is told anything.
 */
export async function restoreInterviewTime(
  services: InterviewServices,
  actor: Actor,
  interviewId: string,
  input: { version: number },
): Promise<void> {
  await editInterview(services, actor, { id: interviewId, version: input.version }, async (tx) => {
    const drift = await currentDrift(tx.db, actor, interviewId);
    await tx.db
      .update(zoomMeetings)
      .set({ state: 'updating', updatedAt: new Date() })
      .where(
        and(eq(zoomMeetings.interviewId, interviewId), inArray(zoomMeetings.state, ['live', 'updating'])),
      );
    await auditInterviewChange(tx, actor, interviewId, interviewAuditActions.zoomTimeRestored, {
      zoomStartAt: drift.startAt,
      zoomDurationMinutes: drift.durationMinutes,
    });
    await services.queue.enqueueKeyed(tx, syncInterviewMeetingJob, { interviewId }, interviewId);
  });
}
