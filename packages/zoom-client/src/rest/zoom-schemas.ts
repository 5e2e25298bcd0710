import { z } from 'zod';

/**
 * Zoom reply schemas: what Parley relies on is required, everything else passes through untouched, so a
 * field Zoom adds tomorrow does not break today's client.
 */
export const zoomUserSchema = z.looseObject({
  /** Absent for `pending` users. */
  id: z.string().optional(),
  email: z.string(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  display_name: z.string().optional(),
  /** 1 Basic, 2 Licensed, 4 Unassigned without Meetings Basic. */
  type: z.number().int(),
  role_id: z.string().optional(),
  role_name: z.string().optional(),
  status: z.enum(['active', 'inactive', 'pending']).optional(),
  timezone: z.string().optional(),
  account_id: z.string().optional(),
});
export type ZoomUser = z.infer<typeof zoomUserSchema>;

/**
 * The part of `GET /users/{userId}/settings` Parley reads: `feature.concurrent_meeting`, the user's Concurrent
 * Meeting feature (`Basic`, `Plus`, `None`). Absent when Zoom does not report it; an unknown value is kept as
 * a string so a new name does not fail the whole answer.
 */
export const zoomUserSettingsSchema = z.looseObject({
  feature: z
    .looseObject({
      concurrent_meeting: z.string().optional(),
    })
    .optional(),
});
export type ZoomUserSettings = z.infer<typeof zoomUserSettingsSchema>;

export const zoomUserPageSchema = z.looseObject({
  next_page_token: z.string().optional().default(''),
  page_size: z.number().int(),
  total_records: z.number().int().optional(),
  users: z.array(zoomUserSchema),
});
export type ZoomUserPage = z.infer<typeof zoomUserPageSchema>;

export const zoomMeetingSchema = z.looseObject({
  /** int64 in Zoom's spec; today's ids fit a double exactly (11 digits). */
  id: z.number().int(),
  uuid: z.string().optional(),
  host_id: z.string().optional(),
  host_email: z.string().optional(),
  topic: z.string().optional(),
  type: z.number().int(),
  status: z.string().optional(),
  start_time: z.string().optional(),
  duration: z.number().int().optional(),
  timezone: z.string().optional(),
  agenda: z.string().optional(),
  created_at: z.string().optional(),
  join_url: z.string(),
  /** The host's start link. A secret: never log it, never send it to a candidate. */
  start_url: z.string().optional(),
  password: z.string().optional(),
  /** The numeric passcode for joining by phone (a secret, like `password`). */
  pstn_password: z.string().optional(),
  settings: z
    .looseObject({
      /** The phone numbers to join by, where the meeting's audio includes the telephone. Not secret. */
      global_dial_in_numbers: z
        .array(
          z.looseObject({
            country: z.string().optional(),
            country_name: z.string().optional(),
            city: z.string().optional(),
            number: z.string(),
            type: z.string().optional(),
          }),
        )
        .optional()
        .catch(undefined),
    })
    .optional(),
});
export type ZoomMeeting = z.infer<typeof zoomMeetingSchema>;
/** One of a meeting's dial-in numbers, as Zoom lists them. */
export type ZoomDialInNumber = NonNullable<
  NonNullable<ZoomMeeting['settings']>['global_dial_in_numbers']
>[number];

export const zoomMeetingPageSchema = z.looseObject({
  next_page_token: z.string().optional().default(''),
  page_size: z.number().int(),
  total_records: z.number().int().optional(),
  meetings: z.array(
    z.looseObject({
      id: z.number().int(),
      topic: z.string().optional(),
      start_time: z.string().optional(),
      duration: z.number().int().optional(),
      /** Cut to 250 characters in lists: a marker Parley looks for must be near its start. */
      agenda: z.string().optional(),
    }),
  ),
});
export type ZoomMeetingPage = z.infer<typeof zoomMeetingPageSchema>;

export const zoomRoomSchema = z.looseObject({
  id: z.string(),
  room_id: z.string().optional(),
  name: z.string(),
  status: z.string().optional(),
  location_id: z.string().optional(),
});
export type ZoomRoom = z.infer<typeof zoomRoomSchema>;

export const zoomRoomPageSchema = z.looseObject({
  next_page_token: z.string().optional().default(''),
  page_size: z.number().int().optional(),
  rooms: z.array(zoomRoomSchema),
});
export type ZoomRoomPage = z.infer<typeof zoomRoomPageSchema>;

/** What Parley sends to create or update a scheduled meeting (a subset of Zoom's request body). */
export interface ZoomMeetingInput {
  topic?: string;
  /** 2 = scheduled (Zoom's default). */
  type?: 2;
  /** UTC instant as `yyyy-MM-ddTHH:mm:ssZ`, or local wall-clock together with `timezone` — never a mix. */
  start_time?: string;
  duration?: number;
  timezone?: string;
  agenda?: string;
  password?: string;
  default_password?: boolean;
  settings?: {
    join_before_host?: boolean;
    waiting_room?: boolean;
    host_video?: boolean;
    participant_video?: boolean;
    alternative_hosts?: string;
    [setting: string]: unknown;
  };
}
