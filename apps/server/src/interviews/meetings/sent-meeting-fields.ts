import type { ZoomMeetingInput } from '@parley/zoom-client';
import type { SentMeetingFields, ZoomMeetingDrift } from '../../db/interview-schema.ts';

/** How many of Parley's recent bodies are kept: enough for echoes that arrive late or out of order. */
const keptBodies = 5;

/** The time and topic of a body Parley is about to send, for recognising its echo later. */
export function sentFieldsOf(input: ZoomMeetingInput): SentMeetingFields {
  return { startTime: input.start_time ?? '', duration: input.duration ?? 0, topic: input.topic ?? '' };
}

/** `sent` in front of the bodies already remembered (newest first, a few kept). */
export function rememberSent(
  remembered: readonly SentMeetingFields[],
  sent: SentMeetingFields,
): SentMeetingFields[] {
  return [sent, ...remembered.filter((old) => !sameFields(old, sent))].slice(0, keptBodies);
}

function sameFields(a: SentMeetingFields, b: SentMeetingFields): boolean {
  return a.startTime === b.startTime && a.duration === b.duration && a.topic === b.topic;
}

/** The time and topic fields a `meeting.updated` reports, in Parley's terms; absent fields did not change. */
export interface ReportedMeetingFields {
  startTime?: string;
  duration?: number;
  topic?: string;
}

/** Zoom's `start_time` as an instant, or undefined when Zoom sent something unreadable. */
function instantOf(zoomTime: string): number | undefined {
  const parsed = Date.parse(zoomTime);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * Whether every reported field equals one body Parley sent: its own change coming back. Times compare as
 * instants (Zoom may write them differently), so `…:00Z` and `….000Z` are the same.
 */
export function isEchoOfSent(reported: ReportedMeetingFields, sent: readonly SentMeetingFields[]): boolean {
  return sent.some(
    (body) =>
      (reported.startTime === undefined || instantOf(reported.startTime) === instantOf(body.startTime)) &&
      (reported.duration === undefined || reported.duration === body.duration) &&
      (reported.topic === undefined || reported.topic === body.topic),
  );
}

/**
 * What Zoom has after a change made there: the reported fields over what Zoom had before (the drift
 * already known, else what Parley last sent). Undefined when that equals what Parley wants now — someone
 * put it back — so no drift remains.
 */
export function driftAfter(
  reported: ReportedMeetingFields,
  known: ZoomMeetingDrift | null,
  wanted: SentMeetingFields,
  noticedAt: Date,
): ZoomMeetingDrift | undefined {
  const startTime = reported.startTime ?? known?.startAt ?? wanted.startTime;
  const startMs = instantOf(startTime) ?? instantOf(wanted.startTime)!;
  const durationMinutes = reported.duration ?? known?.durationMinutes ?? wanted.duration;
  const topic = reported.topic ?? known?.topic ?? wanted.topic;
  const same =
    startMs === instantOf(wanted.startTime) && durationMinutes === wanted.duration && topic === wanted.topic;
  if (same) return undefined;
  return {
    startAt: new Date(startMs).toISOString(),
    durationMinutes,
    topic,
    noticedAt: noticedAt.toISOString(),
  };
}
