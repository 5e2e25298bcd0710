import type { EmulatorContext } from '../emulator-context.ts';
import { formatZoomTime } from '../state/clock.ts';
import { createMeetingNumber, createMeetingUuid } from '../state/ids.ts';
import type { Account, Meeting, ZoomUser } from '../state/types.ts';
import {
  meetingCreatedPayload,
  meetingDeletedPayload,
  meetingUpdatedPayload,
  type Operator,
} from '../webhooks/event-payloads.ts';
import { joinUrl } from './meeting-links.ts';
import { encryptPasscode, generatePasscode, numericPasscode } from './meeting-passwords.ts';
import { effectiveSettings, reconcileWaitingRoom } from './meeting-settings.ts';
import type { MeetingInput } from './parse-meeting-input.ts';

/** Creates a meeting hosted by `host` and announces `meeting.created`. */
export function createMeeting(
  context: EmulatorContext,
  host: ZoomUser,
  account: Account,
  input: MeetingInput,
  operator: Operator,
): Meeting {
  const { state, clock } = context;
  const now = clock.now();
  let id = createMeetingNumber();
  while (state.meetings.has(id)) id = createMeetingNumber();
  const type = input.type ?? 2;
  const wantsPasscode = account.passcodePolicy.requirePasscode || input.defaultPassword === true;
  const password = input.password ?? (wantsPasscode ? generatePasscode(account.passcodePolicy) : '');
  const settings = reconcileWaitingRoom(input.settings ?? {});
  const meeting: Meeting = {
    id,
    uuid: createMeetingUuid(),
    accountId: account.id,
    hostId: host.id,
    topic: input.topic ?? 'Zoom meeting',
    type,
    startTime:
      type === 3
        ? null
        : type === 1
          ? Math.floor(now / 1000) * 1000
          : (input.startTime ?? Math.floor(now / 1000) * 1000),
    duration: input.duration ?? 60,
    timezone: input.timezone ?? host.timezone,
    agenda: input.agenda ?? '',
    password,
    encryptedPassword: encryptPasscode(password, id),
    numericPassword: numericPasscode(password, id),
    createdAt: now,
    status: 'waiting',
    preSchedule: input.preSchedule ?? false,
    settings: Object.keys(settings).length > 0 ? settings : null,
    recurrence: input.recurrence ?? null,
    trackingFields: input.trackingFields ?? null,
    creationSource: 'open_api',
  };
  state.addMeeting(meeting);
  context.announcer.toAccount(
    account.id,
    host.id,
    'meeting.created',
    meetingCreatedPayload(meeting, joinUrl(context, meeting), operator),
  );
  return meeting;
}

/** Applies an update and announces `meeting.updated` with the changed fields (when anything changed). */
export function updateMeeting(
  context: EmulatorContext,
  meeting: Meeting,
  input: MeetingInput,
  operator: Operator,
): void {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const change = (field: string, oldValue: unknown, newValue: unknown) => {
    if (oldValue === newValue) return;
    before[field] = oldValue;
    after[field] = newValue;
  };
  if (input.topic !== undefined) change('topic', meeting.topic, input.topic);
  if (input.agenda !== undefined) change('agenda', meeting.agenda, input.agenda);
  if (input.type !== undefined) change('type', meeting.type, input.type);
  if (input.duration !== undefined) change('duration', meeting.duration, input.duration);
  if (input.timezone !== undefined) change('timezone', meeting.timezone, input.timezone);
  if (input.startTime !== undefined && meeting.startTime !== input.startTime) {
    change(
      'start_time',
      meeting.startTime === null ? undefined : formatZoomTime(meeting.startTime),
      formatZoomTime(input.startTime),
    );
  }
  if (input.password !== undefined) change('password', meeting.password, input.password);
  const settingsChange = input.settings ? diffSettings(meeting, input.settings) : null;
  if (settingsChange) {
    before.settings = settingsChange.before;
    after.settings = settingsChange.after;
  }
  Object.assign(meeting, {
    topic: input.topic ?? meeting.topic,
    agenda: input.agenda ?? meeting.agenda,
    type: input.type ?? meeting.type,
    duration: input.duration ?? meeting.duration,
    timezone: input.timezone ?? meeting.timezone,
    startTime: input.startTime ?? meeting.startTime,
    preSchedule: input.preSchedule ?? meeting.preSchedule,
    recurrence: input.recurrence ?? meeting.recurrence,
    trackingFields: input.trackingFields ?? meeting.trackingFields,
  });
  if (input.password !== undefined) {
    meeting.password = input.password;
    meeting.encryptedPassword = encryptPasscode(input.password, meeting.id);
    meeting.numericPassword = numericPasscode(input.password, meeting.id);
  }
  if (Object.keys(after).length === 0) return;
  const payload = meetingUpdatedPayload(meeting, { before, after }, operator, context.clock.now());
  context.announcer.toAccount(meeting.accountId, meeting.hostId, 'meeting.updated', payload);
}

/** Deletes a meeting and announces `meeting.deleted`. */
export function deleteMeeting(context: EmulatorContext, meeting: Meeting, operator: Operator): void {
  context.state.removeMeeting(meeting);
  context.announcer.toAccount(
    meeting.accountId,
    meeting.hostId,
    'meeting.deleted',
    meetingDeletedPayload(meeting, operator),
  );
}

function diffSettings(meeting: Meeting, requested: Record<string, unknown>) {
  const current = effectiveSettings(meeting.settings);
  const nextOverrides = reconcileWaitingRoom({ ...(meeting.settings ?? {}), ...requested });
  const next = effectiveSettings(nextOverrides);
  meeting.settings = Object.keys(nextOverrides).length > 0 ? nextOverrides : null;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const name of Object.keys(next)) {
    if (JSON.stringify(current[name]) === JSON.stringify(next[name])) continue;
    before[name] = current[name];
    after[name] = next[name];
  }
  return Object.keys(after).length > 0 ? { before, after } : null;
}

/** The operator of a change made by `user`. */
export function operatorOf(user: ZoomUser): Operator {
  return { email: user.email, id: user.id };
}
