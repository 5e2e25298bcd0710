import { meetingCoreFields } from '../meetings/serialize-meeting.ts';
import type { Installation, Meeting, UserRole, ZoomUser } from '../state/types.ts';

/** Who did it, as Zoom reports it in event payloads. */
export interface Operator {
  email: string;
  id: string;
}

/** Role names as Zoom shows them (`user.updated` carries `role` as a string). */
export const ROLE_NAMES: Record<UserRole, string> = { owner: 'Owner', admin: 'Admin', member: 'Member' };

/** `meeting.created`: the new meeting's core fields. */
export function meetingCreatedPayload(meeting: Meeting, joinUrl: string, operator: Operator) {
  return {
    account_id: meeting.accountId,
    operator: operator.email,
    operator_id: operator.id,
    object: {
      ...meetingCoreFields(meeting),
      join_url: joinUrl,
      password: meeting.password,
      settings: { use_pmi: false, alternative_hosts: String(meeting.settings?.alternative_hosts ?? '') },
    },
  };
}

/** `meeting.updated`: only the changed fields, before and after (plus the ids). */
export function meetingUpdatedPayload(
  meeting: Meeting,
  changed: { before: Record<string, unknown>; after: Record<string, unknown> },
  operator: Operator,
  timestamp: number,
) {
  const ids = { id: meeting.id, uuid: meeting.uuid, host_id: meeting.hostId };
  return {
    account_id: meeting.accountId,
    operator: operator.email,
    operator_id: operator.id,
    object: { ...ids, ...changed.after },
    time_stamp: timestamp,
    old_object: { ...ids, ...changed.before },
  };
}

/** `meeting.deleted`. */
export function meetingDeletedPayload(meeting: Meeting, operator: Operator) {
  return {
    account_id: meeting.accountId,
    operator: operator.email,
    operator_id: operator.id,
    object: meetingCoreFields(meeting),
  };
}

/** `user.updated`: changed fields of `user` with their previous values. */
export function userUpdatedPayload(
  user: ZoomUser,
  changed: { before: Record<string, unknown>; after: Record<string, unknown> },
  operator: Operator,
  timestamp: number,
) {
  return {
    account_id: user.accountId,
    operator: operator.email,
    operator_id: operator.id,
    object: { id: user.id, ...changed.after },
    time_stamp: timestamp,
    old_object: { id: user.id, ...changed.before },
  };
}

/** `user.deactivated`, `user.activated` and `user.deleted` share this shape. */
export function userLifecyclePayload(user: ZoomUser, operator: Operator) {
  return {
    account_id: user.accountId,
    operator: operator.email,
    operator_id: operator.id,
    object: {
      id: user.id,
      first_name: user.firstName,
      last_name: user.lastName,
      email: user.email,
      type: user.type === 1 ? 1 : 2,
    },
  };
}

/** `app_deauthorized` (Marketplace events). */
export function appDeauthorizedPayload(installation: Installation, signature: string, now: number) {
  return {
    account_id: installation.accountId,
    user_id: installation.userId,
    signature,
    deauthorization_time: new Date(now).toISOString(),
    client_id: installation.clientId,
    event_ts: now,
  };
}
