import { interviewAuditActions, type MeetingFailureReason } from '@parley/api-contract';
import { and, eq, notInArray } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import { interviews, type ZoomMeetingOperation, zoomMeetings } from '../../db/interview-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { meetingFailures, meetingRetries } from '../../metrics/meeting-metrics.ts';
import { zoomApiErrorOf } from '../../zoom/access/zoom-app-error.ts';
import { answerOf, nextUtcMidnight } from './call-zoom-meetings.ts';
import type { InterviewRow, MeetingRow } from './load-meeting-work.ts';
import type { MeetingServices } from './meeting-services.ts';
import { reportMeetingFailure } from './report-meeting-failure.ts';
import type { MeetingRun } from './sync-interview-meeting.ts';

/** A failure in one step of the meeting operation: which meeting, which call. */
export class MeetingStepError extends Error {
  override readonly name = 'MeetingStepError';
  constructor(
    readonly meeting: MeetingRow,
    readonly operation: ZoomMeetingOperation,
    cause: unknown,
  ) {
    super(`meeting ${operation} failed`, { cause });
  }
}

/** Zoom's numeric code behind an error, if Zoom sent one. */
export function zoomCodeOf(error: unknown): number | undefined {
  return zoomApiErrorOf(error)?.code;
}

/**
 * Whether trying again later may help (SCHEDULING.md, "Zoom's answers"): Zoom down or not answering, an
 * answer that is not JSON, the per-second limit. A daily limit, a refusal (1001, 3000, 3161, 300, scopes)
 * or a broken connection will not change by waiting.
 */
export function isWorthRetrying(error: unknown): boolean {
  const zoomError = zoomApiErrorOf(error);
  if (!zoomError) {
    if (error instanceof AppError)
      return error.code !== AppErrorCode.ZoomNeedsReconnect && error.code !== AppErrorCode.ZoomNotConnected;
    return true;
  }
  if (zoomError.status === 0 || zoomError.status >= 500) return true;
  if (zoomError.status === 429) return zoomError.rateLimitType !== 'Daily-limit';
  return zoomError.status >= 200 && zoomError.status < 300;
}

/**
 * Whether the meeting operation gave up on this meeting at the interview's current version: a run that
 * finds this (its job repeated after a crash, or a stray enqueue) must not call Zoom again — a daily limit
 * would be asked before it lifts, a refusal repeated. An editor's retry or a change of the interview
 * starts the work again.
 */
export function gaveUpAtCurrentVersion(meeting: MeetingRow, interview: InterviewRow): boolean {
  return (
    meeting.lastAnswer?.failure !== undefined &&
    meeting.lastAnswer.failedAtVersion === interview.version &&
    (meeting.state === 'failed' || meeting.state === 'deleting')
  );
}

/**
 * When a create or update stopped by the host's daily limit runs again by itself: when the limit lifts
 * (Zoom's `Retry-After`, else the next 00:00 UTC), once — a second daily limit, a meeting being deleted
 * or any other reason gets no date and stays given up.
 */
function retryAtAfterDailyLimit(
  step: MeetingStepError | undefined,
  reason: MeetingFailureReason,
  cause: unknown,
) {
  if (reason !== 'daily_limit' || !step || step.meeting.state === 'deleting') return undefined;
  if (step.meeting.lastAnswer?.retriedAfterDailyLimit) return undefined;
  return (zoomApiErrorOf(cause)?.retryAfter ?? nextUtcMidnight()).toISOString();
}

/** Zoom's codes for an authorization that lacks scopes (the code varies by endpoint). */
const missingScopeCodes = new Set([104, 4700, 4711]);

/** Why the meeting operation gave up, in Parley's terms; the words are chosen when the failure is shown. */
export function failureReasonOf(error: unknown): MeetingFailureReason {
  const zoomError = zoomApiErrorOf(error);
  if (!zoomError) {
    const connection =
      error instanceof AppError &&
      (error.code === AppErrorCode.ZoomNeedsReconnect || error.code === AppErrorCode.ZoomNotConnected);
    return connection ? 'connection_broken' : 'zoom_unavailable';
  }
  const { status, code } = zoomError;
  if (status === 429) return zoomError.rateLimitType === 'Daily-limit' ? 'daily_limit' : 'rate_limited';
  if (status === 0 || status >= 500 || (status >= 200 && status < 300)) return 'zoom_unavailable';
  // Before the scope codes: the token endpoint answers a rejected refresh token with 4700 too, and that
  // connection needs a new authorization, not another scope.
  if (code === 124 || zoomError.requiresReauthorization) return 'connection_broken';
  if (code === 1001) return 'host_missing';
  if (code === 3000 || code === 3161) return 'hosting_not_allowed';
  if (code !== undefined && missingScopeCodes.has(code)) return 'scopes_missing';
  return 'refused';
}

/**
 * Handles a failed meeting operation: rethrown for the queue to retry while that may help, otherwise
 * recorded for good — the meeting `failed` with Zoom's answer, the interview `needs_attention`, a failure
 * in the audit log, and the interview added to the admins' incident of its cause.
 */
export async function failMeetingStep(
  dependencies: MeetingServices,
  interview: InterviewRow,
  error: unknown,
  run: MeetingRun,
): Promise<void> {
  const step = error instanceof MeetingStepError ? error : undefined;
  const cause = step ? step.cause : error;
  const final = run.lastTry || !isWorthRetrying(cause);
  const reason = failureReasonOf(cause);
  const retryAt = final ? retryAtAfterDailyLimit(step, reason, cause) : undefined;
  const answer = {
    ...answerOf(step?.operation ?? 'create', cause),
    ...(final ? { failure: reason, failedAtVersion: interview.version } : {}),
    ...(retryAt ? { retryAt } : {}),
    // Kept until an editor retries, so that the daily-limit sweep runs an operation again only once.
    ...(step?.meeting.lastAnswer?.retriedAfterDailyLimit ? { retriedAfterDailyLimit: true } : {}),
  };
  (final ? meetingFailures : meetingRetries).inc({ operation: answer.operation, reason });
  run.logger.warn(
    { interviewId: interview.id, answer, final, zoomTrackingId: zoomApiErrorOf(cause)?.trackingId },
    final ? 'Zoom meeting operation given up' : 'Zoom meeting operation failed; it will be retried',
  );
  await dependencies.database.transaction(async (tx) => {
    if (step) {
      const leaving = step.meeting.state === 'deleting';
      await tx.db
        .update(zoomMeetings)
        .set({
          lastAttemptAt: new Date(),
          lastAnswer: answer,
          updatedAt: new Date(),
          ...(final && !leaving ? { state: 'failed' } : {}),
        })
        .where(eq(zoomMeetings.id, step.meeting.id));
    }
    if (!final) return;
    await tx.db
      .update(interviews)
      .set({ state: 'needs_attention', updatedAt: new Date() })
      .where(and(eq(interviews.id, interview.id), notInArray(interviews.state, ['cancelled', 'completed'])));
    await recordAuditEvent(tx, {
      organizationId: interview.organizationId,
      actorUserId: null,
      action: interviewAuditActions.meetingFailed,
      target: { type: 'interview', id: interview.id },
      result: 'failure',
      metadata: { ...answer },
    });
    await reportMeetingFailure(tx, dependencies, interview, answer, cause);
  });
  if (!final) throw cause;
}
