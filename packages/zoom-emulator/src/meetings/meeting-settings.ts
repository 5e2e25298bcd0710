/** The settings Zoom returns for a meeting nobody customised (shared, never mutated). */
export const DEFAULT_MEETING_SETTINGS: Readonly<Record<string, unknown>> = Object.freeze({
  host_video: false,
  participant_video: false,
  cn_meeting: false,
  in_meeting: false,
  join_before_host: false,
  jbh_time: 0,
  mute_upon_entry: false,
  watermark: false,
  use_pmi: false,
  approval_type: 2,
  // Zoom's default for new accounts: computer audio and the telephone.
  audio: 'both',
  auto_recording: 'none',
  enforce_login: false,
  enforce_login_domains: '',
  alternative_hosts: '',
  alternative_host_update_polls: false,
  close_registration: false,
  show_share_button: false,
  allow_multiple_devices: false,
  registrants_confirmation_email: true,
  waiting_room: true,
  request_permission_to_unmute_participants: false,
  registrants_email_notification: true,
  meeting_authentication: false,
  encryption_type: 'enhanced_encryption',
  approved_or_denied_countries_or_regions: { enable: false },
  breakout_room: { enable: false },
  internal_meeting: false,
  continuous_meeting_chat: { enable: false, auto_add_invited_external_users: false },
  participant_focused_meeting: false,
  push_change_to_calendar: false,
  resources: [],
  alternative_hosts_email_notification: true,
  show_join_info: false,
  device_testing: false,
  focus_mode: false,
  private_meeting: false,
  email_notification: true,
  host_save_video_order: false,
  sign_language_interpretation: { enable: false },
  email_in_attendee_report: false,
});

type SettingKind = 'boolean' | 'string' | 'object' | 'array' | readonly (string | number)[];

/** Settings the emulator accepts, with their type or allowed values; others are ignored like Zoom does. */
export const SETTING_KINDS: Record<string, SettingKind> = {
  host_video: 'boolean',
  participant_video: 'boolean',
  cn_meeting: 'boolean',
  in_meeting: 'boolean',
  join_before_host: 'boolean',
  jbh_time: [0, 5, 10],
  mute_upon_entry: 'boolean',
  watermark: 'boolean',
  use_pmi: 'boolean',
  approval_type: [0, 1, 2],
  registration_type: [1, 2, 3],
  audio: ['both', 'telephony', 'voip', 'thirdParty'],
  auto_recording: ['local', 'cloud', 'none'],
  enforce_login: 'boolean',
  enforce_login_domains: 'string',
  alternative_hosts: 'string',
  alternative_hosts_email_notification: 'boolean',
  close_registration: 'boolean',
  show_share_button: 'boolean',
  allow_multiple_devices: 'boolean',
  registrants_confirmation_email: 'boolean',
  registrants_email_notification: 'boolean',
  waiting_room: 'boolean',
  meeting_authentication: 'boolean',
  authentication_option: 'string',
  authentication_domains: 'string',
  encryption_type: ['enhanced_encryption', 'e2ee'],
  calendar_type: [1, 2],
  contact_name: 'string',
  contact_email: 'string',
  email_notification: 'boolean',
  private_meeting: 'boolean',
  push_change_to_calendar: 'boolean',
  focus_mode: 'boolean',
  host_save_video_order: 'boolean',
  internal_meeting: 'boolean',
  participant_focused_meeting: 'boolean',
  continuous_meeting_chat: 'object',
  breakout_room: 'object',
  language_interpretation: 'object',
  sign_language_interpretation: 'object',
  approved_or_denied_countries_or_regions: 'object',
  meeting_invitees: 'array',
  global_dial_in_countries: 'array',
};

/** Whether `value` fits `kind`. */
export function fitsSettingKind(kind: SettingKind, value: unknown): boolean {
  if (kind === 'boolean') return typeof value === 'boolean';
  if (kind === 'string') return typeof value === 'string';
  if (kind === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (kind === 'array') return Array.isArray(value);
  return kind.includes(value as string | number);
}

/** Settings as returned: defaults, then the meeting's own values. */
export function effectiveSettings(overrides: Record<string, unknown> | null): Record<string, unknown> {
  return overrides ? { ...DEFAULT_MEETING_SETTINGS, ...overrides } : { ...DEFAULT_MEETING_SETTINGS };
}

/**
 * Zoom: "join_before_host is disabled if the waiting room is on". Asking for join-before-host without
 * asking for the waiting room turns the waiting room off; asking for both keeps the waiting room.
 */
export function reconcileWaitingRoom(overrides: Record<string, unknown>): Record<string, unknown> {
  const merged = effectiveSettings(overrides);
  if (merged.join_before_host !== true) return overrides;
  if (overrides.waiting_room === true) return { ...overrides, join_before_host: false };
  return { ...overrides, waiting_room: false };
}
