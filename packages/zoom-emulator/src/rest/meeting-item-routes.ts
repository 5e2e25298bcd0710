import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteRequest, RouteResponse } from '../http/route-types.ts';
import { emptyResponse, jsonResponse } from '../http/send-response.ts';
import { parseMeetingInput } from '../meetings/parse-meeting-input.ts';
import { deleteMeeting, operatorOf, updateMeeting } from '../meetings/save-meeting.ts';
import { serializeMeeting } from '../meetings/serialize-meeting.ts';
import type { Meeting } from '../state/types.ts';
import type { Caller } from './authenticate-bearer.ts';
import { checkActingOnOthers, checkEndpointScopes } from './check-access.ts';
import { ENDPOINT_SCOPES, type EndpointScopes } from './endpoint-scopes.ts';
import { checkScheduleFor } from './meeting-routes.ts';
import { restErrors } from './rest-errors.ts';
import { readJsonBody, withCaller } from './with-caller.ts';

/** `GET` (200), `PATCH` (204, empty body) and `DELETE` (204) `/meetings/{meetingId}`, all Light. */
export function createMeetingItemRoutes(context: EmulatorContext) {
  return {
    getMeeting: withCaller(context, 'Light', (request, caller) => {
      const found = findMeeting(
        context,
        request,
        caller,
        ENDPOINT_SCOPES.getMeeting,
        restErrors.cannotAccessMeeting,
      );
      if ('response' in found) return found.response;
      const host = context.state.users.get(found.meeting.hostId)!;
      return jsonResponse(200, serializeMeeting(context, found.meeting, host.email));
    }),
    updateMeeting: withCaller(context, 'Light', (request, caller) => update(context, request, caller)),
    deleteMeeting: withCaller(context, 'Light', (request, caller) => {
      const found = findMeeting(
        context,
        request,
        caller,
        ENDPOINT_SCOPES.deleteMeeting,
        restErrors.notMeetingHost,
      );
      if ('response' in found) return found.response;
      if (found.meeting.status === 'started') return restErrors.meetingInProgress(found.meeting.id);
      deleteMeeting(context, found.meeting, operatorOf(caller.user));
      return emptyResponse(204);
    }),
  };
}

async function update(
  context: EmulatorContext,
  request: RouteRequest,
  caller: Caller,
): Promise<RouteResponse> {
  const found = findMeeting(
    context,
    request,
    caller,
    ENDPOINT_SCOPES.updateMeeting,
    restErrors.notMeetingHost,
  );
  if ('response' in found) return found.response;
  const { meeting } = found;
  const host = context.state.users.get(meeting.hostId)!;
  const budget = context.rateLimiter.checkMeetingWrite(host.id, 'Light');
  if (!budget.allowed) {
    context.counters.recordRateLimited(request.routeKey, 'Daily-limit');
    return budget.response;
  }
  const account = context.state.accounts.get(meeting.accountId)!;
  const parsed = parseMeetingInput(await readJsonBody(request), {
    fallbackTimezone: meeting.timezone,
    passcodePolicy: account.passcodePolicy,
  });
  if (!parsed) return restErrors.malformedBody();
  if (parsed.errors.length > 0) return restErrors.validationFailed(parsed.errors);
  const scheduleProblem = checkScheduleFor(
    context,
    host,
    parsed.input.scheduleFor,
    parsed.input.type ?? meeting.type,
  );
  if (scheduleProblem) return scheduleProblem;
  if (meeting.status === 'started') return restErrors.meetingStarted();
  updateMeeting(context, meeting, parsed.input, operatorOf(caller.user));
  return emptyResponse(204, budget.headers);
}

/**
 * The meeting of `{meetingId}` if the caller may touch it: its own meetings with a user-level scope,
 * anyone's on its account with an admin-level scope and admin power. Other accounts' meetings do not
 * exist for the caller (3001).
 */
function findMeeting(
  context: EmulatorContext,
  request: RouteRequest,
  caller: Caller,
  scopes: EndpointScopes,
  notHost: () => RouteResponse,
): { meeting: Meeting } | { response: RouteResponse } {
  const meetingIdParam = request.params.meetingId!;
  const scopeProblem = checkEndpointScopes(caller, scopes);
  if (scopeProblem) return { response: scopeProblem };
  const meeting = /^\d{1,19}$/.test(meetingIdParam)
    ? context.state.meetings.get(Number(meetingIdParam))
    : undefined;
  if (!meeting || meeting.accountId !== caller.account.id)
    return { response: restErrors.meetingNotFound(meetingIdParam) };
  if (meeting.hostId === caller.user.id) return { meeting };
  if (caller.app.type === 'user') return { response: notHost() };
  const reachProblem = checkActingOnOthers(caller, scopes);
  return reachProblem ? { response: reachProblem } : { meeting };
}
