import { requestZoomApi, type ZoomRestOptions } from './request-zoom-api.ts';
import {
  type ZoomMeeting,
  type ZoomMeetingInput,
  type ZoomMeetingPage,
  zoomMeetingPageSchema,
  zoomMeetingSchema,
} from './zoom-schemas.ts';

/** `POST /users/{userId}/meetings` → 201 with the meeting, including `join_url` and `start_url`. */
export function createZoomMeeting(
  options: ZoomRestOptions,
  hostUserId: string,
  input: ZoomMeetingInput,
): Promise<ZoomMeeting> {
  return requestZoomApi(
    options,
    {
      method: 'POST',
      path: `/users/${encodeURIComponent(hostUserId)}/meetings`,
      body: { type: 2, ...input },
    },
    zoomMeetingSchema,
  );
}

/** `GET /meetings/{meetingId}`; also the way to get a fresh `start_url` (it expires after 2 hours). */
export function getZoomMeeting(options: ZoomRestOptions, meetingId: number | string): Promise<ZoomMeeting> {
  return requestZoomApi(options, { method: 'GET', path: `/meetings/${meetingId}` }, zoomMeetingSchema);
}

/**
 * `PATCH /meetings/{meetingId}`. Zoom answers 204 with no body, so re-read the meeting when the caller needs
 * it. Zoom cannot move a meeting to another host (code 3000): delete and recreate instead.
 */
export async function updateZoomMeeting(
  options: ZoomRestOptions,
  meetingId: number | string,
  input: ZoomMeetingInput,
): Promise<void> {
  await requestZoomApi(options, { method: 'PATCH', path: `/meetings/${meetingId}`, body: input });
}

/** `DELETE /meetings/{meetingId}` → 204. */
export async function deleteZoomMeeting(
  options: ZoomRestOptions,
  meetingId: number | string,
  query: { scheduleForReminder?: boolean } = {},
): Promise<void> {
  await requestZoomApi(options, {
    method: 'DELETE',
    path: `/meetings/${meetingId}`,
    query: { schedule_for_reminder: query.scheduleForReminder },
  });
}

/** One page of `GET /users/{userId}/meetings` (scheduled meetings by default). */
export function listZoomUserMeetings(
  options: ZoomRestOptions,
  hostUserId: string,
  query: { type?: 'scheduled' | 'live' | 'upcoming'; pageSize?: number; nextPageToken?: string } = {},
): Promise<ZoomMeetingPage> {
  return requestZoomApi(
    options,
    {
      method: 'GET',
      path: `/users/${encodeURIComponent(hostUserId)}/meetings`,
      query: {
        type: query.type,
        page_size: query.pageSize ?? 300,
        next_page_token: query.nextPageToken || undefined,
      },
    },
    zoomMeetingPageSchema,
  );
}
