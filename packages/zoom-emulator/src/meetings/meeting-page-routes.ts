import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteRequest, RouteResponse } from '../http/route-types.ts';
import { htmlResponse } from '../http/send-response.ts';
import { readForm } from '../oauth/browser-session.ts';
import { renderMeetingNotice, renderStartedPage } from '../pages/render-meeting-pages.ts';
import { isZakValid } from './meeting-links.ts';
import { effectiveSettings } from './meeting-settings.ts';
import { endMeeting, startMeeting } from './run-meeting.ts';

/** `/j/{id}` (join link) and `/s/{id}` (start link) pages, so meeting links work offline. */
export function createMeetingPageRoutes(context: EmulatorContext) {
  const findMeeting = (request: RouteRequest) => context.state.meetings.get(Number(request.params.meetingId));
  return {
    join: (request: RouteRequest): RouteResponse => {
      const meeting = findMeeting(request);
      if (!meeting)
        return htmlResponse(
          404,
          renderMeetingNotice('Invalid meeting ID', 'This meeting link is not valid.'),
        );
      if (request.query.get('pwd') !== meeting.encryptedPassword && meeting.password !== '') {
        return htmlResponse(
          403,
          renderMeetingNotice('Passcode required', 'The meeting passcode is wrong or missing.', meeting),
        );
      }
      if (meeting.status === 'started')
        return htmlResponse(200, renderMeetingNotice('Joined', 'You joined the meeting.', meeting));
      const settings = effectiveSettings(meeting.settings);
      const message = settings.join_before_host
        ? 'You joined the meeting before the host.'
        : 'Please wait for the host to start this meeting.';
      return htmlResponse(200, renderMeetingNotice('Waiting for the host', message, meeting));
    },
    start: (request: RouteRequest): RouteResponse => {
      const meeting = findMeeting(request);
      const zak = request.query.get('zak') ?? '';
      if (!meeting)
        return htmlResponse(
          404,
          renderMeetingNotice('Invalid meeting ID', 'This meeting link is not valid.'),
        );
      if (!isZakValid(context, meeting.id, zak)) {
        return htmlResponse(
          403,
          renderMeetingNotice(
            'Start link expired',
            'This start link has expired. Get a new one from the meeting.',
            meeting,
          ),
        );
      }
      if (!startMeeting(context, meeting)) {
        return htmlResponse(
          409,
          renderMeetingNotice(
            'Meeting in progress',
            'You have a meeting that is currently in progress. End it to start another.',
            meeting,
          ),
        );
      }
      return htmlResponse(200, renderStartedPage(meeting, zak));
    },
    end: async (request: RouteRequest): Promise<RouteResponse> => {
      const meeting = findMeeting(request);
      const form = await readForm(request);
      if (!meeting || !isZakValid(context, meeting.id, form.get('zak') ?? '')) {
        return htmlResponse(403, renderMeetingNotice('Not allowed', 'Only the host can end this meeting.'));
      }
      endMeeting(meeting);
      return htmlResponse(200, renderMeetingNotice('Meeting ended', 'The meeting has ended.', meeting));
    },
  };
}
