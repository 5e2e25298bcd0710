import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteRequest, RouteResponse } from '../http/route-types.ts';
import { jsonResponse } from '../http/send-response.ts';
import { parseMeetingInput } from '../meetings/parse-meeting-input.ts';
import { createMeeting, operatorOf } from '../meetings/save-meeting.ts';
import { serializeMeeting, serializeMeetingListItem } from '../meetings/serialize-meeting.ts';
import type { Meeting, ZoomUser } from '../state/types.ts';
import type { Caller } from './authenticate-bearer.ts';
import { resolveUserParam } from './check-access.ts';
import { ENDPOINT_SCOPES } from './endpoint-scopes.ts';
import { paginate } from './paginate.ts';
import { restErrors } from './rest-errors.ts';
import { readJsonBody, withCaller } from './with-caller.ts';

const LIST_TYPES = ['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `POST /users/{userId}/meetings` (Medium, 100/day per host) and `GET /users/{userId}/meetings` (Medium). */
export function createMeetingRoutes(context: EmulatorContext) {
  return {
    createMeeting: withCaller(context, 'Medium', (request, caller) => create(context, request, caller)),
    listMeetings: withCaller(context, 'Medium', (request, caller) => list(context, request, caller)),
  };
}

async function create(
  context: EmulatorContext,
  request: RouteRequest,
  caller: Caller,
): Promise<RouteResponse> {
  const resolved = resolveUserParam(
    context,
    caller,
    request.params.userId!,
    ENDPOINT_SCOPES.createMeeting,
    restErrors.hostNotFound,
  );
  if ('response' in resolved) return resolved.response;
  const host = resolved.user;
  if (host.status === 'pending') return restErrors.hostNotFound(request.params.userId!);
  if (host.status === 'inactive') return restErrors.hostingNotAllowed();
  const budget = context.rateLimiter.checkMeetingWrite(host.id, 'Medium');
  if (!budget.allowed) {
    context.counters.recordRateLimited(request.routeKey, 'Daily-limit');
    return budget.response;
  }
  const account = context.state.accounts.get(host.accountId)!;
  const parsed = parseMeetingInput(await readJsonBody(request), {
    fallbackTimezone: host.timezone,
    passcodePolicy: account.passcodePolicy,
  });
  if (!parsed) return restErrors.malformedBody();
  if (parsed.errors.length > 0) return restErrors.validationFailed(parsed.errors);
  const scheduleProblem = checkScheduleFor(context, host, parsed.input.scheduleFor, parsed.input.type ?? 2);
  if (scheduleProblem) return scheduleProblem;
  const meeting = createMeeting(context, host, account, parsed.input, operatorOf(caller.user));
  return jsonResponse(201, serializeMeeting(context, meeting, host.email), budget.headers);
}

/**
 * `schedule_for` another user needs a scheduling privilege the emulator never grants, so it fails as
 * Zoom does without one; naming the host itself is accepted.
 */
export function checkScheduleFor(
  context: EmulatorContext,
  host: ZoomUser,
  scheduleFor: string | undefined,
  type: number,
): RouteResponse | null {
  if (!scheduleFor) return null;
  const target = context.state.findUser(scheduleFor);
  if (target?.id === host.id) return null;
  return type === 1 ? restErrors.instantScheduleFor() : restErrors.cannotScheduleFor(scheduleFor);
}

function list(context: EmulatorContext, request: RouteRequest, caller: Caller): RouteResponse {
  const resolved = resolveUserParam(
    context,
    caller,
    request.params.userId!,
    ENDPOINT_SCOPES.listMeetings,
    restErrors.hostNotFound,
  );
  if ('response' in resolved) return resolved.response;
  const { query } = request;
  const type = query.get('type') || 'scheduled';
  const from = query.get('from');
  const to = query.get('to');
  const errors = [
    ...(LIST_TYPES.includes(type) ? [] : [{ field: 'type', message: 'Invalid field.' }]),
    ...(from && !DATE.test(from) ? [{ field: 'from', message: 'Invalid field.' }] : []),
    ...(to && !DATE.test(to) ? [{ field: 'to', message: 'Invalid field.' }] : []),
  ];
  if (errors.length > 0) return restErrors.validationFailed(errors);
  const now = context.clock.now();
  const fromMs = from ? Date.parse(`${from}T00:00:00Z`) : Number.NEGATIVE_INFINITY;
  const toMs = to ? Date.parse(`${to}T00:00:00Z`) + 86_400_000 : Number.POSITIVE_INFINITY;
  const meetings = [...(context.state.meetingIdsByHost.get(resolved.user.id) ?? [])]
    .map((id) => context.state.meetings.get(id)!)
    .filter((meeting) => matchesListType(meeting, type, now))
    .filter(
      (meeting) => meeting.startTime === null || (meeting.startTime >= fromMs && meeting.startTime < toMs),
    )
    .sort((left, right) => (left.startTime ?? 0) - (right.startTime ?? 0) || left.id - right.id);
  const paged = paginate(
    context,
    meetings,
    query,
    `meetings|${resolved.user.id}|${type}|${from ?? ''}|${to ?? ''}`,
  );
  if ('response' in paged) return paged.response;
  const items = paged.page.items.map((meeting) => serializeMeetingListItem(context, meeting));
  return jsonResponse(200, { ...paged.page.fields, meetings: items });
}

function matchesListType(meeting: Meeting, type: string, now: number): boolean {
  const end =
    meeting.startTime === null ? Number.POSITIVE_INFINITY : meeting.startTime + meeting.duration * 60_000;
  switch (type) {
    case 'live':
      return meeting.status === 'started';
    case 'upcoming':
    case 'upcoming_meetings':
      return meeting.startTime === null || meeting.startTime >= now;
    case 'previous_meetings':
      return end < now;
    default:
      return meeting.type !== 1;
  }
}
