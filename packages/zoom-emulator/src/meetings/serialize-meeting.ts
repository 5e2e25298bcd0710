import type { EmulatorContext } from '../emulator-context.ts';
import { formatZoomTime } from '../state/clock.ts';
import type { Meeting } from '../state/types.ts';
import { dialInNumbersFor } from './dial-in-numbers.ts';
import { joinUrl, startUrl } from './meeting-links.ts';
import { effectiveSettings } from './meeting-settings.ts';

/**
 * The fields every meeting object of Zoom's starts with, in list items and in the meeting events alike (a
 * meeting without a time, such as a recurring one with no fixed time, has no `start_time`).
 */
export function meetingCoreFields(meeting: Meeting) {
  return {
    uuid: meeting.uuid,
    id: meeting.id,
    host_id: meeting.hostId,
    topic: meeting.topic,
    type: meeting.type,
    ...(meeting.startTime === null ? {} : { start_time: formatZoomTime(meeting.startTime) }),
    duration: meeting.duration,
    timezone: meeting.timezone,
  };
}

/** The full meeting object of `POST /users/{userId}/meetings` (201) and `GET /meetings/{meetingId}`. */
export function serializeMeeting(
  context: EmulatorContext,
  meeting: Meeting,
  hostEmail: string,
): Record<string, unknown> {
  const account = context.state.accounts.get(meeting.accountId);
  const effective = effectiveSettings(meeting.settings);
  const numbers = dialInNumbersFor(
    effective.audio,
    effective.global_dial_in_countries,
    account?.timezone ?? 'America/New_York',
  );
  const settings =
    numbers.length > 0
      ? {
          ...effective,
          global_dial_in_countries: [...new Set(numbers.map((entry) => entry.country))],
          global_dial_in_numbers: numbers,
        }
      : effective;
  return {
    uuid: meeting.uuid,
    id: meeting.id,
    host_id: meeting.hostId,
    host_email: hostEmail,
    topic: meeting.topic,
    type: meeting.type,
    status: meeting.status,
    ...(meeting.startTime === null ? {} : { start_time: formatZoomTime(meeting.startTime) }),
    duration: meeting.duration,
    timezone: meeting.timezone,
    agenda: meeting.agenda,
    created_at: formatZoomTime(meeting.createdAt),
    start_url: startUrl(context, meeting),
    join_url: joinUrl(context, meeting),
    ...(settings.approval_type === 2
      ? {}
      : { registration_url: `${context.baseUrl}/meeting/register/${meeting.id}` }),
    password: meeting.password,
    h323_password: meeting.numericPassword,
    pstn_password: meeting.numericPassword,
    encrypted_password: meeting.encryptedPassword,
    settings,
    pre_schedule: meeting.preSchedule,
    ...(meeting.recurrence ? { recurrence: meeting.recurrence } : {}),
    ...(meeting.trackingFields
      ? { tracking_fields: meeting.trackingFields.map((item) => ({ ...item, visible: true })) }
      : {}),
    creation_source: meeting.creationSource,
  };
}

/** One entry of `GET /users/{userId}/meetings` (the agenda is cut to 250 characters, as Zoom does). */
export function serializeMeetingListItem(
  context: EmulatorContext,
  meeting: Meeting,
): Record<string, unknown> {
  return {
    ...meetingCoreFields(meeting),
    agenda: meeting.agenda.slice(0, 250),
    created_at: formatZoomTime(meeting.createdAt),
    join_url: joinUrl(context, meeting),
  };
}
