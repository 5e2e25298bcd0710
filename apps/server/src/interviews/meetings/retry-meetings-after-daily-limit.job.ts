import { interviewAuditActions } from '@parley/api-contract';
import { and, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { z } from 'zod';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import { interviews, zoomMeetings } from '../../db/interview-schema.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import { schedulePeriodicJob } from '../../jobs/schedule-periodic-job.ts';
import type { Services } from '../../services.ts';
import type { MeetingServices } from './meeting-services.ts';
import { restartMeetingWork } from './restart-meeting-work.ts';

/** How often the sweep looks for operations whose daily limit lifted (they run at most this late). */
const sweepIntervalSeconds = 5 * 60;

/**
 * Runs again the meeting operations a host's daily Zoom limit stopped, once the limit lifted (their
 * `retryAt`, Zoom's reset at 00:00 UTC). Nothing waits on the interview's keyed queue meanwhile: the
 * interview shows the wait, and a cancel, reschedule or editor's retry in between wins — the sweep only
 * restarts an interview still `needs_attention` at the version that stopped, with its meeting still failed.
 * Returns the interviews restarted.
 */
export async function retryMeetingsAfterDailyLimit(
  services: Pick<MeetingServices, 'database' | 'queue'>,
  now: Date,
  logger: Logger,
): Promise<string[]> {
  const due = await services.database.db
    .select({ interviewId: zoomMeetings.interviewId })
    .from(zoomMeetings)
    .innerJoin(interviews, eq(interviews.id, zoomMeetings.interviewId))
    .where(
      and(
        eq(zoomMeetings.state, 'failed'),
        eq(interviews.state, 'needs_attention'),
        sql`(${zoomMeetings.lastAnswer} ->> 'retryAt')::timestamptz <= ${now.toISOString()}::timestamptz`,
        sql`(${zoomMeetings.lastAnswer} ->> 'failedAtVersion')::int = ${interviews.version}`,
      ),
    );
  const restarted: string[] = [];
  for (const { interviewId } of due) {
    if (await restartOne(services, interviewId, now)) restarted.push(interviewId);
  }
  if (restarted.length > 0)
    logger.info({ interviewIds: restarted }, "meetings retried after Zoom's daily limit");
  return restarted;
}

/** Restarts one interview's operation if, under its lock, it is still waiting for the daily limit. */
async function restartOne(
  services: Pick<MeetingServices, 'database' | 'queue'>,
  interviewId: string,
  now: Date,
): Promise<boolean> {
  return services.database.transaction(async (tx) => {
    const [interview] = await tx.db
      .select()
      .from(interviews)
      .where(eq(interviews.id, interviewId))
      .for('update');
    // Cancelled, moved or retried meanwhile: that change wins.
    if (interview?.state !== 'needs_attention') return false;
    const [meeting] = await tx.db
      .select()
      .from(zoomMeetings)
      .where(and(eq(zoomMeetings.interviewId, interviewId), eq(zoomMeetings.state, 'failed')));
    const answer = meeting?.lastAnswer;
    if (!answer?.retryAt || Date.parse(answer.retryAt) > now.getTime()) return false;
    if (answer.failedAtVersion !== interview.version) return false;
    await restartMeetingWork(tx, services, interview, { automatic: true });
    await recordAuditEvent(tx, {
      organizationId: interview.organizationId,
      actorUserId: null,
      action: interviewAuditActions.meetingRetried,
      target: { type: 'interview', id: interviewId },
      result: 'success',
      metadata: { version: interview.version, after: 'daily_limit' },
    });
    return true;
  });
}

/** The sweep as a job: one run at a time across instances. A failed run is not retried; the next one looks. */
export const retryMeetingsAfterDailyLimitJob = defineJob({
  name: 'retry-meetings-after-daily-limit-v1',
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 60, backoff: false },
  expireInSeconds: 5 * 60,
  concurrency: 1,
  async handle(_payload, services: MeetingServices, run) {
    await retryMeetingsAfterDailyLimit(services, new Date(), run.logger);
  },
});

/** Runs {@link retryMeetingsAfterDailyLimitJob} every five minutes, across all instances. */
export function scheduleDailyLimitRetries(queue: JobQueue<Services>, logger: Logger): () => void {
  return schedulePeriodicJob(
    queue,
    retryMeetingsAfterDailyLimitJob,
    {},
    { key: 'meeting-daily-limit-retry', everySeconds: sweepIntervalSeconds },
    logger,
  );
}
