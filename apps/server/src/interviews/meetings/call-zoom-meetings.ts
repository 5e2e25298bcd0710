import { AsyncLocalStorage } from 'node:async_hooks';
import {
  createZoomMeeting,
  deleteZoomMeeting,
  getZoomMeeting,
  listZoomUserMeetings,
  updateZoomMeeting,
  type ZoomAnswerInfo,
  ZoomApiError,
  type ZoomMeeting,
  type ZoomMeetingInput,
  type ZoomRestOptions,
} from '@parley/zoom-client';
import type { Db } from '../../db/database.ts';
import { type ZoomAnswer, type ZoomMeetingOperation, zoomMeetingCalls } from '../../db/interview-schema.ts';
import { type ZoomCallOutcome, zoomCallDuration, zoomCalls } from '../../metrics/meeting-metrics.ts';
import { withZoomAccess, type ZoomConnectionSummary } from '../../zoom/access/with-zoom-access.ts';
import { describeZoomFailure, zoomApiErrorOf } from '../../zoom/access/zoom-app-error.ts';
import type { MeetingServices } from './meeting-services.ts';
import { noteZoomAnswer, paceZoomCall } from './zoom-pacing.ts';

/** Which meeting work a call belongs to, for Parley's record of its Zoom calls. */
export interface MeetingCallContext {
  organizationId: string;
  interviewId: string;
  hostZoomUserId: string;
  connectionId: string;
}

/**
 * The user id in a meeting path: a personal (user-managed) connection must say `me`; the organization's
 * creates on the host's Zoom user.
 */
function hostPath(connection: ZoomConnectionSummary, hostZoomUserId: string): string {
  return connection.kind === 'personal' ? 'me' : hostZoomUserId;
}

/** Zoom's answer to a failed call, without secrets (Zoom's messages carry none). */
export function answerOf(operation: ZoomMeetingOperation, error: unknown): ZoomAnswer {
  const zoomError = zoomApiErrorOf(error);
  if (zoomError) {
    return {
      operation,
      status: zoomError.status,
      zoomCode: zoomError.code ?? null,
      message: describeZoomFailure(zoomError),
    };
  }
  return {
    operation,
    status: 0,
    zoomCode: null,
    message: error instanceof Error ? error.message : String(error),
  };
}

async function recordCall(db: Db, context: MeetingCallContext, answer: ZoomAnswer, zoomError?: ZoomApiError) {
  const dailyLimit = zoomError?.status === 429 && zoomError.rateLimitType === 'Daily-limit';
  await db.insert(zoomMeetingCalls).values({
    organizationId: context.organizationId,
    interviewId: context.interviewId,
    hostZoomUserId: context.hostZoomUserId,
    operation: answer.operation,
    status: answer.status,
    zoomCode: answer.zoomCode,
    message: answer.message,
    blockedUntil: dailyLimit ? (zoomError.retryAfter ?? nextUtcMidnight()) : null,
  });
}

/** When Zoom's daily limits reset: the next 00:00 UTC. */
export function nextUtcMidnight(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/**
 * How long one meeting call may wait for Zoom, and how often the client repeats it at once: short, because
 * the meeting operation retries with backoff anyway, and a run must end well within its job's expiry.
 */
const meetingCallLimits = { timeoutMs: 10_000, maxRetries: 1 } as const;

/** The instant after which the running meeting operation starts no more Zoom calls. */
const runDeadline = new AsyncLocalStorage<number>();

/**
 * Runs `work` (one run of the meeting operation) so that it starts no Zoom call after `budgetMs`: with each
 * call bounded by {@link meetingCallLimits}, the run ends before its job expires, so the job's retry after
 * a crash can never overlap a run that is merely slow.
 */
export function withinRunBudget<T>(budgetMs: number, work: () => Promise<T>): Promise<T> {
  return runDeadline.run(Date.now() + budgetMs, work);
}

/** The outcome label of a Zoom call for the metrics. */
function outcomeOf(error: unknown): ZoomCallOutcome {
  const zoomError = zoomApiErrorOf(error);
  if (!zoomError || zoomError.status === 0) return 'no_answer';
  return zoomError.status === 429 ? 'rate_limited' : 'zoom_error';
}

/**
 * Counts, times and logs one meeting call: the log line carries the interview and Zoom's tracking id of
 * the last answer (what Zoom's support asks for), never a token or link.
 */
function observeCall(
  services: MeetingServices,
  context: MeetingCallContext,
  operation: ZoomMeetingOperation,
  startedAt: number,
  trackingId: string | undefined,
  error?: unknown,
) {
  const outcome = error === undefined ? 'success' : outcomeOf(error);
  const zoomError = zoomApiErrorOf(error);
  const zoomCode = zoomError ? String(zoomError.code ?? zoomError.status) : '';
  zoomCalls.inc({ operation, outcome, zoom_code: zoomCode });
  zoomCallDuration.observe({ operation }, (Date.now() - startedAt) / 1000);
  const line = {
    interviewId: context.interviewId,
    zoomOperation: operation,
    outcome,
    zoomCode: zoomCode || undefined,
    zoomTrackingId: zoomError?.trackingId ?? trackingId,
    durationMs: Date.now() - startedAt,
  };
  if (error === undefined) services.logger.info(line, 'Zoom meeting call');
  else services.logger.warn(line, 'Zoom meeting call failed');
}

/**
 * Runs one meeting call through the connection's Zoom access and records it with Zoom's answer: the
 * record is Parley's own count of a host's creates + updates per day, and the history of the meeting.
 */
async function recordedCall<T>(
  services: MeetingServices,
  context: MeetingCallContext,
  operation: ZoomMeetingOperation,
  successStatus: number,
  call: (rest: ZoomRestOptions, connection: ZoomConnectionSummary) => Promise<T>,
): Promise<T> {
  const deadline = runDeadline.getStore();
  if (deadline !== undefined && Date.now() > deadline) {
    // No answer from Zoom (status 0): retried by the queue, where the next run continues.
    throw new ZoomApiError({ status: 0, message: 'The meeting operation ran out of time for this run.' });
  }
  let startedAt = Date.now();
  let trackingId: string | undefined;
  const pacing = {
    // Paced right before each try leaves: reading the connection (or renewing its token) first would let
    // paced calls drift and reach Zoom bunched into one second, and a retry after a 429 waits its turn too.
    beforeSend: async () => {
      await paceZoomCall(context.connectionId, operation);
      startedAt = Date.now();
    },
    onAnswer: (answer: ZoomAnswerInfo) => {
      trackingId = answer.trackingId;
      noteZoomAnswer(context.connectionId, operation, answer);
    },
  };
  try {
    const result = await withZoomAccess(services, context.connectionId, (rest, connection) =>
      call({ ...rest, ...meetingCallLimits, ...pacing }, connection),
    );
    observeCall(services, context, operation, startedAt, trackingId);
    await recordCall(services.database.db, context, {
      operation,
      status: successStatus,
      zoomCode: null,
      message: '',
    });
    return result;
  } catch (error) {
    observeCall(services, context, operation, startedAt, trackingId, error);
    await recordCall(services.database.db, context, answerOf(operation, error), zoomApiErrorOf(error));
    throw error;
  }
}

/**
 * Creates the meeting on the host (201). Repeated here only after a per-second 429 (Zoom did nothing): a
 * create that failed otherwise or timed out may have reached Zoom, and sending it again would make a
 * second meeting. The meeting operation retries instead, and it
 * looks for the meeting's marker before creating again.
 */
export function createMeetingOnZoom(
  services: MeetingServices,
  context: MeetingCallContext,
  input: ZoomMeetingInput,
) {
  return recordedCall(services, context, 'create', 201, (rest, connection) =>
    createZoomMeeting({ ...rest, notRepeatable: true }, hostPath(connection, context.hostZoomUserId), input),
  );
}

/** Updates the meeting (204, no body: the join link stays). */
export function updateMeetingOnZoom(
  services: MeetingServices,
  context: MeetingCallContext,
  meetingId: number,
  input: ZoomMeetingInput,
) {
  return recordedCall(services, context, 'update', 204, (rest) => updateZoomMeeting(rest, meetingId, input));
}

/** Deletes the meeting (204). */
export function deleteMeetingOnZoom(
  services: MeetingServices,
  context: MeetingCallContext,
  meetingId: number,
) {
  return recordedCall(services, context, 'delete', 204, (rest) => deleteZoomMeeting(rest, meetingId));
}

/** Reads the meeting (200) — the way to a fresh `start_url`, which the caller must not keep. */
export function getMeetingFromZoom(
  services: MeetingServices,
  context: MeetingCallContext,
  meetingId: number,
): Promise<ZoomMeeting> {
  return recordedCall(services, context, 'get', 200, (rest) => getZoomMeeting(rest, meetingId));
}

/**
 * The host's upcoming meeting whose agenda carries `marker`, if any: a create that may have reached Zoom
 * before a crash is adopted instead of made twice.
 */
export function findMarkedMeeting(
  services: MeetingServices,
  context: MeetingCallContext,
  marker: string,
): Promise<number | undefined> {
  return recordedCall(services, context, 'list', 200, async (rest, connection) => {
    let nextPageToken: string | undefined;
    do {
      const page = await listZoomUserMeetings(rest, hostPath(connection, context.hostZoomUserId), {
        type: 'upcoming',
        nextPageToken,
      });
      const found = page.meetings.find((meeting) => String(meeting.agenda ?? '').includes(marker));
      if (found) return found.id;
      nextPageToken = page.next_page_token || undefined;
    } while (nextPageToken);
    return undefined;
  });
}
