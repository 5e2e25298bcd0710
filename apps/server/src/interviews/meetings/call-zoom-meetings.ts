import {
  createZoomMeeting,
  deleteZoomMeeting,
  getZoomMeeting,
  listZoomUserMeetings,
  updateZoomMeeting,
  type ZoomApiError,
  type ZoomMeeting,
  type ZoomMeetingInput,
  type ZoomRestOptions,
} from '@parley/zoom-client';
import type { Db } from '../../db/database.ts';
import { type ZoomAnswer, type ZoomMeetingOperation, zoomMeetingCalls } from '../../db/interview-schema.ts';
import type { Services } from '../../services.ts';
import { withZoomAccess, type ZoomConnectionSummary } from '../../zoom/access/with-zoom-access.ts';
import { describeZoomFailure, zoomApiErrorOf } from '../../zoom/access/zoom-app-error.ts';

/** The services a Zoom meeting call uses. */
type ZoomServices = Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>;

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

function nextUtcMidnight(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/**
 * Runs one meeting call through the connection's Zoom access and records it with Zoom's answer: the
 * record is Parley's own count of a host's creates + updates per day, and the history of the meeting.
 */
async function recordedCall<T>(
  services: ZoomServices,
  context: MeetingCallContext,
  operation: ZoomMeetingOperation,
  successStatus: number,
  call: (rest: ZoomRestOptions, connection: ZoomConnectionSummary) => Promise<T>,
): Promise<T> {
  try {
    const result = await withZoomAccess(services, context.connectionId, call);
    await recordCall(services.database.db, context, {
      operation,
      status: successStatus,
      zoomCode: null,
      message: '',
    });
    return result;
  } catch (error) {
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
  services: ZoomServices,
  context: MeetingCallContext,
  input: ZoomMeetingInput,
) {
  return recordedCall(services, context, 'create', 201, (rest, connection) =>
    createZoomMeeting({ ...rest, notRepeatable: true }, hostPath(connection, context.hostZoomUserId), input),
  );
}

/** Updates the meeting (204, no body: the join link stays). */
export function updateMeetingOnZoom(
  services: ZoomServices,
  context: MeetingCallContext,
  meetingId: number,
  input: ZoomMeetingInput,
) {
  return recordedCall(services, context, 'update', 204, (rest) => updateZoomMeeting(rest, meetingId, input));
}

/** Deletes the meeting (204). */
export function deleteMeetingOnZoom(services: ZoomServices, context: MeetingCallContext, meetingId: number) {
  return recordedCall(services, context, 'delete', 204, (rest) => deleteZoomMeeting(rest, meetingId));
}

/** Reads the meeting (200) — the way to a fresh `start_url`, which the caller must not keep. */
export function getMeetingFromZoom(
  services: ZoomServices,
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
  services: ZoomServices,
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
