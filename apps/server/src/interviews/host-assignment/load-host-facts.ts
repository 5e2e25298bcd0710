import type { ConcurrentMeetingLimit } from '@parley/api-contract';
import { and, eq, gt, gte, inArray, lt, max, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { interviews, zoomMeetingCalls } from '../../db/interview-schema.ts';
import { zoomHostCandidates } from '../../db/zoom-schema.ts';
import { accountHostCandidates } from '../../zoom/shared/account-host-candidates.ts';
import { recordedHostLabel } from '../../zoom/shared/zoom-user-facts.ts';
import { localDayBounds, utcDayStart } from '../zoned-time.ts';
import type { BookedMeeting, HostFacts } from './assign-host.ts';

/** The interview being placed: its time, its zone (for "that day") and itself, when it already exists. */
export interface PlacementQuery {
  organizationId: string;
  start: Date;
  end: Date;
  timeZone: string;
  /** Left out of the host's meetings: an interview does not clash with its own meeting. */
  interviewId?: string;
  now: Date;
}

/**
 * Who a host is, as a host candidate row (or a personal connection) says; `label` as an interview records
 * it (see `recordedHostLabel`).
 */
export type HostIdentity = Pick<
  typeof zoomHostCandidates.$inferSelect,
  'id' | 'zoomUserId' | 'type' | 'status' | 'concurrentMeetings'
> & { label: string };

/** Interviews that hold a Zoom meeting on their host: not ended, and video on. */
const holdsMeeting = and(
  notInArray(interviews.state, ['cancelled', 'completed']),
  or(eq(interviews.video, true), eq(interviews.locationKind, 'zoom')),
);

/**
 * What host assignment needs about each host, read in three queries whatever the number of hosts: their
 * meetings around the interview and on its day, Parley's creates + updates for them today (UTC), and any
 * daily-limit refusal from Zoom that has not lifted.
 */
export async function loadHostFacts(
  db: Db,
  query: PlacementQuery,
  hosts: readonly HostIdentity[],
): Promise<HostFacts[]> {
  if (hosts.length === 0) return [];
  const zoomUserIds = hosts.map((host) => host.zoomUserId);
  const day = localDayBounds(query.start, query.timeZone);
  const windowStart = new Date(Math.min(day.start.getTime(), query.start.getTime()));
  const windowEnd = new Date(Math.max(day.end.getTime(), query.end.getTime()));
  const booked = await db
    .select({ host: interviews.hostZoomUserId, start: interviews.startAt, end: interviews.endAt })
    .from(interviews)
    .where(
      and(
        eq(interviews.organizationId, query.organizationId),
        inArray(interviews.hostZoomUserId, zoomUserIds),
        holdsMeeting,
        lt(interviews.startAt, windowEnd),
        gt(interviews.endAt, windowStart),
        query.interviewId ? ne(interviews.id, query.interviewId) : undefined,
      ),
    );
  const calls = await db
    .select({
      host: zoomMeetingCalls.hostZoomUserId,
      writes:
        sql<number>`count(*) FILTER (WHERE ${zoomMeetingCalls.operation} IN ('create', 'update') AND ${zoomMeetingCalls.status} BETWEEN 200 AND 299)`.mapWith(
          Number,
        ),
      blockedUntil: max(zoomMeetingCalls.blockedUntil),
    })
    .from(zoomMeetingCalls)
    .where(
      and(
        inArray(zoomMeetingCalls.hostZoomUserId, zoomUserIds),
        gte(zoomMeetingCalls.at, utcDayStart(query.now)),
      ),
    )
    .groupBy(zoomMeetingCalls.hostZoomUserId);
  return hosts.map((host) => {
    const meetings: BookedMeeting[] = booked
      .filter((meeting) => meeting.host === host.zoomUserId)
      .map((meeting) => ({ start: meeting.start, end: meeting.end }));
    const callsOfHost = calls.find((row) => row.host === host.zoomUserId);
    const blockedUntil = callsOfHost?.blockedUntil ?? null;
    return {
      hostCandidateId: host.id,
      zoomUserId: host.zoomUserId,
      label: host.label,
      type: host.type,
      status: host.status,
      // Unknown (null) is taken as 1: booking fewer at once than Zoom allows only costs a free slot.
      concurrentMeetings: ((host.concurrentMeetings ?? 1) >= 2 ? 2 : 1) as ConcurrentMeetingLimit,
      concurrencyKnown: host.concurrentMeetings !== null,
      meetings,
      interviewsThatDay: meetings.filter((meeting) => meeting.start >= day.start && meeting.start < day.end)
        .length,
      callsToday: callsOfHost?.writes ?? 0,
      zoomBlockedUntil: blockedUntil && blockedUntil > query.now ? blockedUntil : null,
    };
  });
}

/** The organization's host candidates on its Zoom account, with their recorded labels, in label order. */
export async function listHostCandidateRows(
  db: Db,
  organizationId: string,
  zoomAccountId: string,
): Promise<HostIdentity[]> {
  const rows = await db
    .select()
    .from(zoomHostCandidates)
    .where(accountHostCandidates(organizationId, zoomAccountId))
    .orderBy(zoomHostCandidates.id);
  return rows
    .map((row) => ({ ...row, label: recordedHostLabel(row) }))
    .sort((left, right) => left.label.localeCompare(right.label));
}
