import { formatZoomTime } from '../state/clock.ts';
import type { Account, UserRole, ZoomUser } from '../state/types.ts';
import { ROLE_NAMES } from '../webhooks/event-payloads.ts';

/** Zoom's default role ids: Owner 0, Admin 1, Member 2. */
export const ROLE_IDS: Record<UserRole, string> = { owner: '0', admin: '1', member: '2' };

/**
 * A user as `GET /users` lists it. Pending users (invited, not yet joined) have no `id`; their
 * `created_at` is the time of the call.
 */
export function serializeListUser(user: ZoomUser, now: number): Record<string, unknown> {
  const pending = user.status === 'pending';
  return {
    ...(pending ? {} : { id: user.id }),
    first_name: user.firstName,
    last_name: user.lastName,
    display_name: `${user.firstName} ${user.lastName}`.trim(),
    email: user.email,
    type: user.type,
    pmi: user.pmi,
    timezone: user.timezone,
    verified: pending ? 0 : 1,
    dept: user.dept,
    created_at: formatZoomTime(pending ? now : user.createdAt),
    user_created_at: formatZoomTime(pending ? now : user.createdAt),
    ...(user.lastLoginAt === null ? {} : { last_login_time: formatZoomTime(user.lastLoginAt) }),
    ...(pending ? {} : { last_client_version: '6.2.5.43035(mac)' }),
    language: user.language,
    status: user.status,
    role_id: ROLE_IDS[user.role],
    group_ids: [],
    im_group_ids: [],
  };
}

/** A user as `GET /users/{userId}` returns it (the list fields plus account and profile details). */
export function serializeUser(
  user: ZoomUser,
  account: Account,
  now: number,
  baseUrl: string,
): Record<string, unknown> {
  return {
    ...serializeListUser(user, now),
    role_name: ROLE_NAMES[user.role],
    use_pmi: false,
    personal_meeting_url: `${baseUrl}/j/${user.pmi}`,
    phone_number: '',
    phone_country: '',
    phone_numbers: [],
    job_title: '',
    company: account.name,
    location: '',
    login_types: [100],
    account_id: account.id,
    account_number: account.accountNumber,
    cluster: 'us05',
    ...(user.status === 'pending' ? {} : { jid: `${user.id.toLowerCase()}@xmpp.zoom.us` }),
  };
}

/**
 * A user's settings as `GET /users/{userId}/settings` returns them: the groups Zoom always sends, with the
 * values the emulator models (`feature.concurrent_meeting`) and Zoom's defaults for the rest.
 */
export function serializeUserSettings(user: ZoomUser): Record<string, unknown> {
  return {
    schedule_meeting: {
      host_video: true,
      participants_video: true,
      audio_type: 'both',
      join_before_host: false,
      use_pmi_for_scheduled_meetings: false,
      use_pmi_for_instant_meetings: false,
      require_password_for_scheduling_new_meetings: true,
    },
    in_meeting: { chat: true, waiting_room: false, breakout_room: false },
    email_notification: { jbh_reminder: true, cancel_meeting_reminder: true },
    feature: {
      meeting_capacity: user.type === 1 ? 100 : 300,
      large_meeting: false,
      webinar: false,
      cn_meeting: false,
      in_meeting: false,
      zoom_phone: false,
      concurrent_meeting: user.concurrentMeeting,
    },
  };
}
