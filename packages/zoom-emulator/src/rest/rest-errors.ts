import type { RouteResponse } from '../http/route-types.ts';
import { jsonResponse } from '../http/send-response.ts';
import type { FieldError } from '../meetings/parse-meeting-input.ts';

/** Zoom's error body `{code, message}` (plus `errors[]` for validation). */
export function zoomError(
  status: number,
  code: number,
  message: string,
  extra: Record<string, unknown> = {},
): RouteResponse {
  return jsonResponse(status, { code, message, ...extra });
}

/** REST errors worded as Zoom words them (token, scope, validation), so clients meet the real texts. */
export const restErrors = {
  invalidAccessToken: () => zoomError(401, 124, 'Invalid access token.'),
  expiredAccessToken: () => zoomError(401, 124, 'Access token is expired.'),
  tokenInQuery: () =>
    zoomError(
      401,
      124,
      'Invalid access token, this access token is not supported as query parameter string.',
    ),
  missingScopes: (scopes: string[]) =>
    zoomError(400, 4711, `Invalid access token, does not contain scopes:[${scopes.join(', ')}].`),
  noPermission: () => zoomError(400, 200, 'No permission.'),
  malformedBody: () => zoomError(400, 300, 'Request Body should be a valid JSON object.'),
  validationFailed: (errors: FieldError[]) => zoomError(400, 300, 'Validation Failed.', { errors }),
  invalidPageToken: () => zoomError(400, 300, 'The next page token is invalid or expired.'),
  invitationNotFound: () =>
    zoomError(400, 1120, 'A valid invitation to join the Zoom account was not found for this user.'),
  userNotFound: (userId: string) => zoomError(404, 1001, `User does not exist: ${userId}.`),
  hostNotFound: (userId: string) =>
    zoomError(404, 1001, `User ${userId} not exist or not belong to this account.`),
  meetingNotFound: (meetingId: string) =>
    zoomError(404, 3001, `Meeting ${meetingId} is not found or has expired.`),
  cannotAccessMeeting: () => zoomError(400, 3000, 'Cannot access meeting information.'),
  notMeetingHost: () => zoomError(400, 3003, 'You are not the meeting host.'),
  cannotScheduleFor: (who: string) => zoomError(400, 3000, `You cannot schedule a meeting for ${who}`),
  instantScheduleFor: () =>
    zoomError(
      400,
      3000,
      'Instant meetings do not support the schedule_for parameter; you cannot schedule an instant meeting for another user.',
    ),
  meetingStarted: () =>
    zoomError(400, 3000, 'You cannot update or delete meetings that have started using this method.'),
  meetingInProgress: (meetingId: number) =>
    zoomError(400, 3002, `Sorry, you cannot delete this meeting since it is in progress: ${meetingId}.`),
  hostingNotAllowed: () =>
    zoomError(
      400,
      3161,
      'Meeting hosting and scheduling capabilities are not allowed for your user account.',
    ),
};
