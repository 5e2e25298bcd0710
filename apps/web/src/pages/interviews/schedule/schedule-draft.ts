import type {
  HostChoice,
  HostExplanation,
  HostPreviewBody,
  InterviewLocationKind,
  InterviewResponse,
  ScheduleInterviewBody,
  Stage,
  UpdateInterviewBody,
} from '@parley/api-contract';
import { dateAndTimeAt, instantOfDateAndTime } from '../../../format/zoned-clock.ts';

/**
 * What the schedule dialog holds while the recruiter decides: the time as the recruiter reads it (a date
 * and a start time in their zone, as the keyboard fields show them) and the duration, the people, the
 * place and the host. The calendar and the fields edit the same draft.
 */
export interface ScheduleDraft {
  /** `YYYY-MM-DD` in the recruiter's zone; empty until a time is chosen. */
  date: string;
  /** `HH:mm` in the recruiter's zone; empty until a time is chosen. */
  startTime: string;
  durationMinutes: number;
  interviewerIds: string[];
  locationKind: InterviewLocationKind;
  zoomRoomId: string | null;
  locationDetails: string;
  video: boolean;
  host: HostChoice;
}

/** A chosen range as instants (UTC ISO). */
export interface DraftRange {
  start: string;
  end: string;
}

export const minimumDurationMinutes = 5;
export const maximumDurationMinutes = 1440;

/** A new interview starts from its stage's defaults (duration, interviewers, place, video) and no time. */
export function draftFromStage(stage: Stage): ScheduleDraft {
  return {
    date: '',
    startTime: '',
    durationMinutes: stage.defaultDurationMinutes,
    interviewerIds: [...stage.defaultInterviewerIds],
    locationKind: stage.locationKind,
    zoomRoomId: null,
    locationDetails: '',
    video: stage.locationKind === 'zoom' || stage.videoDefault,
    host: { kind: 'automatic' },
  };
}

/** The host choice an existing interview was made with, so that an unchanged choice is not sent again. */
export function hostChoiceOf(interview: InterviewResponse): HostChoice {
  const hostCandidateId = interview.hostExplanation?.chosen?.hostCandidateId;
  if (interview.hostChoice === 'host_candidate' && hostCandidateId) {
    return { kind: 'host_candidate', hostCandidateId };
  }
  return interview.hostChoice === 'own_zoom' ? { kind: 'own_zoom' } : { kind: 'automatic' };
}

/** An existing interview as a draft: its current range (read in `timeZone`) is preselected. */
export function draftFromInterview(interview: InterviewResponse, timeZone: string): ScheduleDraft {
  return {
    ...wallClockOf(interview.startAt, timeZone),
    durationMinutes: interview.durationMinutes,
    interviewerIds: interview.interviewers.map((person) => person.id),
    locationKind: interview.locationKind,
    zoomRoomId: interview.room?.id ?? null,
    locationDetails: interview.locationDetails,
    video: interview.video,
    host: hostChoiceOf(interview),
  };
}

/** The date and start time an instant shows on a clock in `timeZone`. */
export function wallClockOf(isoInstant: string, timeZone: string): Pick<ScheduleDraft, 'date' | 'startTime'> {
  const instant = Date.parse(isoInstant);
  if (Number.isNaN(instant)) return { date: '', startTime: '' };
  const { date, time } = dateAndTimeAt(instant, timeZone);
  return { date, startTime: time };
}

/** Whether the duration is one the server accepts. */
export function isValidDuration(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= minimumDurationMinutes && minutes <= maximumDurationMinutes;
}

/**
 * The chosen range as instants, or null while the time is incomplete. A wall-clock time a spring DST
 * change skips moves an hour later, as the server reads it.
 */
export function rangeOf(draft: ScheduleDraft, timeZone: string): DraftRange | null {
  if (!isValidDuration(draft.durationMinutes)) return null;
  const start = instantOfDateAndTime(draft.date, draft.startTime, timeZone);
  if (start === null) return null;
  return {
    start: new Date(start).toISOString(),
    end: new Date(start + draft.durationMinutes * 60_000).toISOString(),
  };
}

/** Whether the interview gets a Zoom meeting: a Zoom location always, any other place when video is on. */
export function needsMeeting(draft: Pick<ScheduleDraft, 'locationKind' | 'video'>): boolean {
  return draft.locationKind === 'zoom' || draft.video;
}

/** The start as the server reads it: a wall-clock date-time in the recruiter's zone. */
function startAtOf(draft: ScheduleDraft): string {
  return `${draft.date}T${draft.startTime}`;
}

/** The place fields as the server takes them: a room only for a Zoom Room, details only in person or by phone. */
function placeOf(draft: ScheduleDraft) {
  const hasDetails = draft.locationKind === 'in_person' || draft.locationKind === 'phone';
  return {
    locationKind: draft.locationKind,
    zoomRoomId: draft.locationKind === 'zoom_room' ? draft.zoomRoomId : null,
    locationDetails: hasDetails ? draft.locationDetails.trim() : '',
    video: needsMeeting(draft),
  };
}

/** `POST /api/interviews` for this draft. */
export function scheduleBodyOf(
  draft: ScheduleDraft,
  applicationId: string,
  timeZone: string,
): ScheduleInterviewBody {
  return {
    applicationId,
    startAt: startAtOf(draft),
    timeZone,
    durationMinutes: draft.durationMinutes,
    ...placeOf(draft),
    interviewerIds: draft.interviewerIds,
    host: draft.host,
  };
}

/** `POST /api/interviews/host-preview` for this draft; an existing interview's own meeting is no clash. */
export function hostPreviewBodyOf(
  draft: ScheduleDraft,
  timeZone: string,
  interviewId: string | undefined,
): HostPreviewBody {
  return {
    startAt: startAtOf(draft),
    timeZone,
    durationMinutes: draft.durationMinutes,
    host: draft.host,
    ...(interviewId ? { interviewId } : {}),
  };
}

function sameIds(one: readonly string[], other: readonly string[]): boolean {
  return one.length === other.length && [...one].sort().join() === [...other].sort().join();
}

/**
 * `PATCH /api/interviews/:id` with only what the recruiter changed, or null when nothing but (perhaps) the
 * host changed: an unchanged field sent again would still count as a change to Zoom.
 */
export function updateBodyOf(
  draft: ScheduleDraft,
  interview: InterviewResponse,
  timeZone: string,
): UpdateInterviewBody | null {
  const body: UpdateInterviewBody = { version: interview.version };
  const range = rangeOf(draft, timeZone);
  if (range && new Date(range.start).getTime() !== new Date(interview.startAt).getTime()) {
    Object.assign(body, { startAt: startAtOf(draft), timeZone });
  }
  if (draft.durationMinutes !== interview.durationMinutes) body.durationMinutes = draft.durationMinutes;
  if (
    !sameIds(
      draft.interviewerIds,
      interview.interviewers.map((person) => person.id),
    )
  ) {
    body.interviewerIds = draft.interviewerIds;
  }
  const place = placeOf(draft);
  if (place.locationKind !== interview.locationKind) body.locationKind = place.locationKind;
  if (place.zoomRoomId !== (interview.room?.id ?? null)) body.zoomRoomId = place.zoomRoomId;
  if (place.locationDetails !== interview.locationDetails) body.locationDetails = place.locationDetails;
  if (place.video !== interview.video) body.video = place.video;
  return Object.keys(body).length > 1 ? body : null;
}

/** Whether the draft names another host than the interview was made with. */
export function hostChanged(draft: ScheduleDraft, interview: InterviewResponse): boolean {
  return JSON.stringify(draft.host) !== JSON.stringify(hostChoiceOf(interview));
}

/**
 * Whether `explanation` (a preview's, or the saved interview's) puts the interview's meeting on another
 * host than it is on now — Parley's pick cannot keep a host who is busy at the new time. The meeting is
 * then made anew on that host and its join link changes: the recruiter should know before saving, and
 * after.
 */
export function meetingMovesHost(
  interview: InterviewResponse,
  explanation: HostExplanation | null | undefined,
): boolean {
  const current = interview.hostExplanation?.chosen;
  const next = explanation?.chosen;
  return (
    interview.meeting !== null && current != null && next != null && current.zoomUserId !== next.zoomUserId
  );
}
