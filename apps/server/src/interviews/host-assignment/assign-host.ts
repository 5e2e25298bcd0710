import {
  basicLicenseMaxMinutes,
  type ConcurrentMeetingLimit,
  type HostExplanation,
  type HostSkipReason,
  meetingWritesPerHostPerDay,
} from '@parley/api-contract';

/** A meeting already on a host, as a half-open time range. */
export interface BookedMeeting {
  start: Date;
  end: Date;
}

/** What host assignment knows about one host candidate. */
export interface HostFacts {
  hostCandidateId: string;
  zoomUserId: string;
  label: string;
  /** Zoom licence: 1 Basic, 2 Licensed, 4 Unassigned without Meetings Basic. */
  type: number;
  status: 'active' | 'inactive' | 'pending' | 'deleted';
  concurrentMeetings: ConcurrentMeetingLimit;
  /** False when Zoom did not say how many meetings the host may run at once and 1 is assumed. */
  concurrencyKnown: boolean;
  /** The host's other live meetings around the interview (the interview's own meeting left out). */
  meetings: readonly BookedMeeting[];
  /** The host's interviews on the interview's day (in the interview's zone), for the load. */
  interviewsThatDay: number;
  /** Parley's meeting creates + updates for this host in the current UTC day. */
  callsToday: number;
  /** Until when Zoom refuses this host's creates and updates (a daily-limit 429), if it does now. */
  zoomBlockedUntil: Date | null;
}

/** The interview to place. */
export interface InterviewSlot {
  start: Date;
  end: Date;
}

/**
 * Why `host` cannot host the interview, or null when it can. The order is the order a person would check:
 * can this Zoom user host at all, would the meeting be cut short, is Zoom going to refuse the call, is the
 * host free.
 */
export function whyHostCannotHost(host: HostFacts, slot: InterviewSlot, now: Date): HostSkipReason | null {
  if (host.status === 'deleted') return { kind: 'deleted' };
  if (host.status === 'inactive') return { kind: 'deactivated' };
  if (host.type !== 1 && host.type !== 2) return { kind: 'no_meeting_license' };
  const minutes = (slot.end.getTime() - slot.start.getTime()) / 60_000;
  if (host.type === 1 && minutes > basicLicenseMaxMinutes) {
    return { kind: 'basic_license', maxMinutes: basicLicenseMaxMinutes };
  }
  if (host.zoomBlockedUntil && host.zoomBlockedUntil > now) {
    return { kind: 'zoom_daily_limit', until: host.zoomBlockedUntil.toISOString() };
  }
  if (host.callsToday >= meetingWritesPerHostPerDay) {
    return { kind: 'daily_limit', calls: host.callsToday, limit: meetingWritesPerHostPerDay };
  }
  const overlapping = host.meetings.filter((meeting) => meeting.start < slot.end && meeting.end > slot.start);
  if (mostAtOnce(overlapping, slot) + 1 > host.concurrentMeetings) {
    return {
      kind: 'busy',
      concurrentLimit: host.concurrentMeetings,
      overlapping: overlapping
        .map((meeting) => ({ start: meeting.start.toISOString(), end: meeting.end.toISOString() }))
        .sort((left, right) => left.start.localeCompare(right.start)),
      ...unknownConcurrency(host),
    };
  }
  return null;
}

/** The most of `meetings` running at the same moment within `slot`. */
function mostAtOnce(meetings: readonly BookedMeeting[], slot: InterviewSlot): number {
  const edges = meetings.flatMap((meeting) => [
    { at: Math.max(meeting.start.getTime(), slot.start.getTime()), change: 1 },
    { at: Math.min(meeting.end.getTime(), slot.end.getTime()), change: -1 },
  ]);
  // Ends before starts at the same instant: back-to-back meetings do not overlap.
  edges.sort((left, right) => left.at - right.at || left.change - right.change);
  let running = 0;
  let most = 0;
  for (const edge of edges) {
    running += edge.change;
    most = Math.max(most, running);
  }
  return most;
}

/** Marks an explanation entry whose host's concurrency was assumed, so the reader is told. */
const unknownConcurrency = (host: HostFacts) => (host.concurrencyKnown ? {} : { concurrencyUnknown: true });

/** The chosen host as the explanation names it. */
const chosenEntry = (host: HostFacts) => ({
  ...explained(host),
  interviewsThatDay: host.interviewsThatDay,
  callsToday: host.callsToday,
  ...unknownConcurrency(host),
});

const explained = (host: HostFacts) => ({
  hostCandidateId: host.hostCandidateId,
  zoomUserId: host.zoomUserId,
  label: host.label,
});

/**
 * Automatic host assignment: among the hosts who can host the interview (see {@link whyHostCannotHost}),
 * the least loaded that day (fewest interviews, then fewest Zoom calls today, then by label, so the choice
 * is stable). Returns the explanation, which names the chosen host and every skipped one with the reason;
 * `chosen` is null when nobody fits.
 */
export function assignHost(hosts: readonly HostFacts[], slot: InterviewSlot, now: Date): HostExplanation {
  const able: HostFacts[] = [];
  const skipped: HostExplanation['skipped'] = [];
  for (const host of hosts) {
    const reason = whyHostCannotHost(host, slot, now);
    if (reason) skipped.push({ ...explained(host), reason });
    else able.push(host);
  }
  able.sort(
    (left, right) =>
      left.interviewsThatDay - right.interviewsThatDay ||
      left.callsToday - right.callsToday ||
      left.label.localeCompare(right.label),
  );
  const [chosen, ...others] = able;
  for (const other of others) {
    skipped.push({
      ...explained(other),
      reason: {
        kind: 'more_loaded',
        interviewsThatDay: other.interviewsThatDay,
        tie: other.interviewsThatDay === chosen?.interviewsThatDay,
      },
    });
  }
  return {
    choice: 'automatic',
    chosen: chosen ? chosenEntry(chosen) : null,
    skipped,
  };
}

/** The explanation for a host the recruiter named: chosen when it can host, else skipped with the reason. */
export function checkNamedHost(host: HostFacts, slot: InterviewSlot, now: Date): HostExplanation {
  const reason = whyHostCannotHost(host, slot, now);
  return reason
    ? { choice: 'host_candidate', chosen: null, skipped: [{ ...explained(host), reason }] }
    : {
        choice: 'host_candidate',
        chosen: chosenEntry(host),
        skipped: [],
      };
}
