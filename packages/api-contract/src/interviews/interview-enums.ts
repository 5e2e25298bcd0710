/**
 * Where an interview stands. `needs_attention` is reached from any live state when Zoom work failed for
 * good or the connection or host broke; the meeting's own state says what happened.
 */
export const interviewStates = [
  'scheduling',
  'confirmed',
  'rescheduling',
  'cancelled',
  'completed',
  'needs_attention',
] as const;
export type InterviewState = (typeof interviewStates)[number];

/** Where the Zoom meeting of an interview stands (docs/interviews.md, "States"). */
export const meetingStates = [
  'creating',
  'live',
  'updating',
  'deleting',
  'deleted',
  'deleted_in_zoom',
  'failed',
] as const;
export type MeetingState = (typeof meetingStates)[number];

/**
 * Why Zoom work on a meeting failed for good (docs/interviews.md, "The meeting operation"): Zoom did not
 * answer usefully through every retry, it was too busy, the host's daily limit is reached, the host's Zoom
 * user is gone, Zoom does not let the host host, the authorization lacks a permission, the connection no
 * longer works, or Zoom refused for another reason.
 */
export const meetingFailureReasons = [
  'zoom_unavailable',
  'rate_limited',
  'daily_limit',
  'host_missing',
  'hosting_not_allowed',
  'scopes_missing',
  'connection_broken',
  'refused',
] as const;
export type MeetingFailureReason = (typeof meetingFailureReasons)[number];

/**
 * Who hosts an interview's meeting: Parley picks among the host candidates (`automatic`), the recruiter
 * names one (`host_candidate`), or the recruiter's own personal Zoom connection hosts it (`own_zoom`).
 */
export const hostChoiceKinds = ['automatic', 'host_candidate', 'own_zoom'] as const;
export type HostChoiceKind = (typeof hostChoiceKinds)[number];

/** Zoom lets one host run this many meetings at once: Pro 1, Business and above 2. */
export const concurrentMeetingLimits = [1, 2] as const;
export type ConcurrentMeetingLimit = (typeof concurrentMeetingLimits)[number];

/** A Basic (free) licence ends every meeting after this many minutes. */
export const basicLicenseMaxMinutes = 40;

/** Zoom allows this many meeting creates + updates per host per UTC day. */
export const meetingWritesPerHostPerDay = 100;

/** A time range, ISO 8601 instants (UTC). */
export interface TimeRange {
  start: string;
  end: string;
}

/**
 * Why a host was not chosen, as data: the web app words it in the viewer's language and zone.
 * - `busy`: the interview would overlap more of the host's meetings than the plan runs at once
 *   (`concurrencyUnknown`: Zoom did not say how many the host may run, so 1 was assumed);
 * - `basic_license`: a Basic user's meeting ends after 40 minutes, the interview is longer;
 * - `daily_limit`: Parley already made 100 creates + updates for this host today (UTC);
 * - `zoom_daily_limit`: Zoom answered 429 for this host's daily limit; it lifts at `until`;
 * - `deactivated` / `deleted`: the Zoom user cannot host;
 * - `no_meeting_license`: the Zoom user has no Meetings licence at all (type 4);
 * - `more_loaded`: the host could take it, but another had fewer interviews that day (`tie`: as few as
 *   the chosen host, who then won on fewer Zoom calls today, then by label).
 */
export type HostSkipReason =
  | {
      kind: 'busy';
      concurrentLimit: ConcurrentMeetingLimit;
      overlapping: TimeRange[];
      concurrencyUnknown?: boolean;
    }
  | { kind: 'basic_license'; maxMinutes: number }
  | { kind: 'daily_limit'; calls: number; limit: number }
  | { kind: 'zoom_daily_limit'; until: string }
  | { kind: 'deactivated' }
  | { kind: 'deleted' }
  | { kind: 'no_meeting_license' }
  | { kind: 'more_loaded'; interviewsThatDay: number; tie?: boolean };

/** A host candidate as an explanation names it. */
export interface ExplainedHost {
  hostCandidateId: string;
  zoomUserId: string;
  label: string;
}

/**
 * Why an interview got its host: kept with the interview and shown before creating ("Kim: free,
 * 1 interview today; skipped Lee: busy 10:00–11:00; skipped Bea: Basic licence, 40-minute limit").
 * `chosen` is null when nobody fits; its `concurrencyUnknown` says Zoom did not tell how many meetings the
 * host may run at once (the connection lacks the optional settings scope), so 1 was assumed.
 */
export interface HostExplanation {
  choice: HostChoiceKind;
  chosen:
    | (ExplainedHost & { interviewsThatDay: number; callsToday: number; concurrencyUnknown?: boolean })
    | null;
  skipped: (ExplainedHost & { reason: HostSkipReason })[];
}
