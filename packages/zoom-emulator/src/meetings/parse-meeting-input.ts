import type { MeetingType, PasscodePolicy } from '../state/types.ts';
import { fitsSettingKind, SETTING_KINDS } from './meeting-settings.ts';
import { isKnownTimeZone, parseStartTime } from './time-zones.ts';

/** One entry of Zoom's `errors[]` in a 300 "Validation Failed." answer. */
export interface FieldError {
  field: string;
  message: string;
}

/** The meeting fields a create or update request sets (absent = not sent). */
export interface MeetingInput {
  topic?: string;
  type?: MeetingType;
  startTime?: number;
  duration?: number;
  timezone?: string;
  password?: string;
  defaultPassword?: boolean;
  agenda?: string;
  preSchedule?: boolean;
  scheduleFor?: string;
  settings?: Record<string, unknown>;
  recurrence?: Record<string, unknown>;
  trackingFields?: { field: string; value: string }[];
}

const PASSWORD_CHARACTERS = /^[a-zA-Z0-9@\-_*]+$/;
const INVALID = 'Invalid field.';

/**
 * Validates a create/update body as Zoom does: a non-object → undefined (the caller answers "Request
 * Body should be a valid JSON object."); each bad field → one `errors[]` entry.
 */
export function parseMeetingInput(
  body: unknown,
  context: { fallbackTimezone: string; passcodePolicy: PasscodePolicy },
): { input: MeetingInput; errors: FieldError[] } | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const raw = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  const input: MeetingInput = {};
  const fail = (field: string) => errors.push({ field, message: INVALID });
  readString(raw, 'topic', 200, fail, (value) => {
    input.topic = value;
  });
  readString(raw, 'agenda', 2000, fail, (value) => {
    input.agenda = value;
  });
  if (raw.type !== undefined) {
    if ([1, 2, 3, 8].includes(raw.type as number)) input.type = raw.type as MeetingType;
    else fail('type');
  }
  if (raw.timezone !== undefined) {
    if (typeof raw.timezone === 'string' && isKnownTimeZone(raw.timezone)) input.timezone = raw.timezone;
    else fail('timezone');
  }
  if (raw.start_time !== undefined && raw.start_time !== '') {
    const zone = input.timezone ?? context.fallbackTimezone;
    const parsed = typeof raw.start_time === 'string' ? parseStartTime(raw.start_time, zone) : undefined;
    if (parsed === undefined) fail('start_time');
    else input.startTime = parsed;
  }
  if (raw.duration !== undefined) {
    if (Number.isInteger(raw.duration) && (raw.duration as number) >= 0)
      input.duration = raw.duration as number;
    else fail('duration');
  }
  readPassword(raw, context.passcodePolicy, fail, input);
  readBoolean(raw, 'default_password', fail, (value) => {
    input.defaultPassword = value;
  });
  readBoolean(raw, 'pre_schedule', fail, (value) => {
    input.preSchedule = value;
  });
  readString(raw, 'schedule_for', 256, fail, (value) => {
    input.scheduleFor = value;
  });
  readSettings(raw, fail, input);
  readExtras(raw, fail, input);
  return { input, errors };
}

function readString(
  raw: Record<string, unknown>,
  field: string,
  maxLength: number,
  fail: (field: string) => void,
  accept: (value: string) => void,
): void {
  const value = raw[field];
  if (value === undefined) return;
  if (typeof value === 'string' && value.length <= maxLength) accept(value);
  else fail(field);
}

function readBoolean(
  raw: Record<string, unknown>,
  field: string,
  fail: (field: string) => void,
  accept: (value: boolean) => void,
): void {
  const value = raw[field];
  if (value === undefined) return;
  if (typeof value === 'boolean') accept(value);
  else fail(field);
}

/** Passcodes: ≤ 10 characters of `[a-zA-Z0-9@-_*]`, and the account's passcode rules. */
function readPassword(
  raw: Record<string, unknown>,
  policy: PasscodePolicy,
  fail: (field: string) => void,
  input: MeetingInput,
) {
  const value = raw.password;
  if (value === undefined || value === '') return;
  if (
    typeof value !== 'string' ||
    value.length > 10 ||
    !PASSWORD_CHARACTERS.test(value) ||
    !meetsPolicy(value, policy)
  ) {
    fail('password');
    return;
  }
  input.password = value;
}

/** Whether `password` satisfies the account's passcode requirements. */
export function meetsPolicy(password: string, policy: PasscodePolicy): boolean {
  if (password.length < policy.minLength) return false;
  if (policy.onlyNumeric && !/^\d+$/.test(password)) return false;
  if (policy.requireLetter && !/[a-zA-Z]/.test(password)) return false;
  if (policy.requireNumber && !/\d/.test(password)) return false;
  return true;
}

function readSettings(
  raw: Record<string, unknown>,
  fail: (field: string) => void,
  input: MeetingInput,
): void {
  const settings = raw.settings;
  if (settings === undefined) return;
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    fail('settings');
    return;
  }
  const accepted: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(settings)) {
    const kind = SETTING_KINDS[name];
    if (!kind) continue;
    if (fitsSettingKind(kind, value)) accepted[name] = value;
    else fail(`settings.${name}`);
  }
  input.settings = accepted;
}

function readExtras(raw: Record<string, unknown>, fail: (field: string) => void, input: MeetingInput): void {
  if (raw.recurrence !== undefined) {
    const recurrence = raw.recurrence;
    const valid =
      typeof recurrence === 'object' &&
      recurrence !== null &&
      [1, 2, 3].includes((recurrence as { type?: number }).type ?? 0);
    if (valid) input.recurrence = recurrence as Record<string, unknown>;
    else fail('recurrence.type');
  }
  if (raw.tracking_fields !== undefined) {
    const fields = raw.tracking_fields;
    const valid =
      Array.isArray(fields) &&
      fields.every(
        (item) =>
          typeof item?.field === 'string' && (item.value === undefined || typeof item.value === 'string'),
      );
    if (valid) input.trackingFields = fields.map((item) => ({ field: item.field, value: item.value ?? '' }));
    else fail('tracking_fields');
  }
}
