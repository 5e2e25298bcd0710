import type { ReconcileCounts } from '@parley/api-contract';
import { listZoomUserMeetings, type ZoomMeetingPage } from '@parley/zoom-client';
import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Logger } from 'pino';
import { interviews, zoomMeetings } from '../../db/interview-schema.ts';
import { zoomConnections, zoomHostCandidates } from '../../db/zoom-schema.ts';
import { withZoomAccess } from '../../zoom/access/with-zoom-access.ts';
import { applyMeetingGone } from './apply-zoom-meeting-change.ts';
import { deleteMeetingOnZoom } from './call-zoom-meetings.ts';
import { zoomCodeOf } from './fail-meeting-step.ts';
import { loadMeetingWork, type MeetingRow } from './load-meeting-work.ts';
import { meetingInput } from './meeting-input.ts';
import type { MeetingServices } from './meeting-services.ts';
import { driftAfter, sentFieldsOf } from './sent-meeting-fields.ts';

/** A meeting Zoom's upcoming list may leave out once it started: only later interviews are judged missing. */
const startedMarginMs = 10 * 60_000;
/** A meeting as Zoom lists it. */
type ZoomMeetingSummary = ZoomMeetingPage['meetings'][number];

const markerPattern = /Ref: PRL-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

interface Host {
  connectionId: string;
  hostZoomUserId: string;
}

const hostKey = (host: Host) => `${host.connectionId}:${host.hostZoomUserId}`;

/** Every upcoming meeting of a host, page after page (the client waits out Zoom's per-second limit). */
async function listHostMeetings(services: MeetingServices, host: Host): Promise<ZoomMeetingSummary[]> {
  return withZoomAccess(services, host.connectionId, async (rest, connection) => {
    const meetings: ZoomMeetingSummary[] = [];
    let nextPageToken: string | undefined;
    do {
      const path = connection.kind === 'personal' ? 'me' : host.hostZoomUserId;
      const page = await listZoomUserMeetings(rest, path, { type: 'upcoming', nextPageToken });
      meetings.push(...page.meetings);
      nextPageToken = page.next_page_token || undefined;
    } while (nextPageToken);
    return meetings;
  });
}

/** The hosts to list: those of the organization's meetings for interviews not over, and its host candidates. */
async function hostsToList(services: MeetingServices, organizationId: string, now: Date): Promise<Host[]> {
  const db = services.database.db;
  const meetingHosts = await db
    .selectDistinct({ connectionId: zoomMeetings.connectionId, hostZoomUserId: zoomMeetings.hostZoomUserId })
    .from(zoomMeetings)
    .innerJoin(interviews, eq(interviews.id, zoomMeetings.interviewId))
    .where(and(eq(zoomMeetings.organizationId, organizationId), gt(interviews.endAt, now)));
  const [organizationConnection] = await db
    .select({ id: zoomConnections.id })
    .from(zoomConnections)
    .where(and(eq(zoomConnections.organizationId, organizationId), eq(zoomConnections.kind, 'organization')));
  const candidates = organizationConnection
    ? await db
        .select({ hostZoomUserId: zoomHostCandidates.zoomUserId })
        .from(zoomHostCandidates)
        .where(
          and(eq(zoomHostCandidates.organizationId, organizationId), eq(zoomHostCandidates.status, 'active')),
        )
    : [];
  const hosts = new Map<string, Host>();
  for (const host of [
    ...meetingHosts.flatMap((row) => (row.connectionId ? [{ ...row, connectionId: row.connectionId }] : [])),
    ...candidates.map((row) => ({
      connectionId: organizationConnection!.id,
      hostZoomUserId: row.hostZoomUserId,
    })),
  ]) {
    hosts.set(hostKey(host), host);
  }
  return [...hosts.values()];
}

/**
 * Compares the organization's upcoming interviews with its hosts' upcoming meetings in Zoom:
 * - a meeting Parley holds live that Zoom no longer lists is missing: recreated when the organization
 *   chose that, otherwise shown as *Deleted in Zoom*;
 * - a meeting marked by Parley whose interview is over, cancelled, or has another meeting is an orphan
 *   and deleted (one marked for an interview this Parley does not know is left alone and counted);
 * - a time, length or topic that differs from the interview is kept as the meeting's drift.
 * Meetings Parley is working on right now (not `live`, changed since the run started, or the live meeting of
 * a cancelled interview, whose delete is queued) are left to the meeting operation. A host whose list Zoom
 * refuses is counted and skipped: nothing is decided without it.
 */
export async function reconcileMeetings(
  services: MeetingServices,
  organizationId: string,
  logger: Logger,
  now = new Date(),
): Promise<ReconcileCounts> {
  const counts: ReconcileCounts = {
    interviewsChecked: 0,
    hostsListed: 0,
    missing: 0,
    recreated: 0,
    orphansDeleted: 0,
    drifted: 0,
    unknownMarked: 0,
    failedHosts: 0,
  };
  const listed = new Map<string, Set<number>>();
  for (const host of await hostsToList(services, organizationId, now)) {
    let meetings: ZoomMeetingSummary[];
    try {
      meetings = await listHostMeetings(services, host);
    } catch (error) {
      counts.failedHosts++;
      logger.warn({ err: error, hostZoomUserId: host.hostZoomUserId }, 'reconcile: listing a host failed');
      continue;
    }
    counts.hostsListed++;
    listed.set(hostKey(host), new Set(meetings.map((meeting) => meeting.id)));
    for (const meeting of meetings)
      await judgeZoomMeeting(services, organizationId, host, meeting, now, counts);
  }
  await findMissing(services, organizationId, listed, now, counts);
  return counts;
}

/** One meeting in Zoom: Parley's and in step, drifted, an orphan, or not Parley's business. */
async function judgeZoomMeeting(
  services: MeetingServices,
  organizationId: string,
  host: Host,
  meeting: ZoomMeetingSummary,
  now: Date,
  counts: ReconcileCounts,
) {
  const interviewId = markerPattern.exec(String(meeting.agenda ?? ''))?.[1]?.toLowerCase();
  if (!interviewId) return;
  const db = services.database.db;
  const [interview] = await db.select().from(interviews).where(eq(interviews.id, interviewId));
  if (!interview || interview.organizationId !== organizationId) {
    counts.unknownMarked++;
    return;
  }
  const rows = await db.select().from(zoomMeetings).where(eq(zoomMeetings.interviewId, interviewId));
  const current = rows.find((row) => !['deleting', 'deleted'].includes(row.state));
  const ended = interview.state === 'cancelled' || interview.state === 'completed';
  const beingDeleted = rows.some((row) => row.state === 'deleting' && row.zoomMeetingId === meeting.id);
  const isCurrent = current?.zoomMeetingId === meeting.id;
  const otherIsCurrent = current !== undefined && current.zoomMeetingId !== null && !isCurrent;
  // The current meeting of a cancelled interview is still held live only while the meeting operation the
  // cancel queued waits its turn: that operation deletes it. Deleting it here too made Zoom answer the
  // operation's own delete with 3001 (seen in a burst of cancels).
  const leftToOperation = isCurrent && interview.state === 'cancelled';
  if (
    (ended || otherIsCurrent) &&
    !beingDeleted &&
    !leftToOperation &&
    // The host's list was read before: a meeting row changed since the run started (deleted by the
    // operation meanwhile, say) is judged by the next run, not from a stale list.
    !rows.some((row) => row.updatedAt > now)
  ) {
    await deleteOrphan(services, organizationId, interviewId, host, meeting.id, counts);
    return;
  }
  if (isCurrent && current) await noteDrift(services, current, meeting, interview.version, now, counts);
}

async function deleteOrphan(
  services: MeetingServices,
  organizationId: string,
  interviewId: string,
  host: Host,
  zoomMeetingId: number,
  counts: ReconcileCounts,
) {
  try {
    await deleteMeetingOnZoom(services, { organizationId, interviewId, ...host }, zoomMeetingId);
  } catch (error) {
    if (zoomCodeOf(error) !== 3001) throw error;
  }
  counts.orphansDeleted++;
}

async function noteDrift(
  services: MeetingServices,
  row: MeetingRow,
  meeting: ZoomMeetingSummary,
  interviewVersion: number,
  now: Date,
  counts: ReconcileCounts,
) {
  if (row.state !== 'live' || row.interviewVersion !== interviewVersion || row.updatedAt > now) return;
  const work = await loadMeetingWork(services.database.db, row.interviewId);
  if (!work) return;
  const reported = {
    ...(meeting.start_time ? { startTime: meeting.start_time } : {}),
    ...(meeting.duration === undefined ? {} : { duration: meeting.duration }),
    ...(meeting.topic === undefined ? {} : { topic: meeting.topic }),
  };
  const drift = driftAfter(reported, null, sentFieldsOf(meetingInput(work.facts)), now);
  if (!drift) return;
  counts.drifted++;
  if (row.zoomDrift) return;
  await services.database.db
    .update(zoomMeetings)
    .set({ zoomDrift: drift, updatedAt: new Date() })
    .where(eq(zoomMeetings.id, row.id));
}

/** Live meetings of upcoming interviews their listed host no longer has in Zoom. */
async function findMissing(
  services: MeetingServices,
  organizationId: string,
  listed: Map<string, Set<number>>,
  now: Date,
  counts: ReconcileCounts,
) {
  const upcoming = await services.database.db
    .select({ interview: interviews, meeting: zoomMeetings })
    .from(interviews)
    .innerJoin(zoomMeetings, eq(zoomMeetings.interviewId, interviews.id))
    .where(
      and(
        eq(interviews.organizationId, organizationId),
        gt(interviews.startAt, new Date(now.getTime() + startedMarginMs)),
        inArray(interviews.state, ['scheduling', 'confirmed', 'rescheduling', 'needs_attention']),
        inArray(zoomMeetings.state, ['live', 'updating', 'failed', 'creating']),
      ),
    );
  for (const { interview, meeting } of upcoming) {
    counts.interviewsChecked++;
    if (meeting.state !== 'live' || meeting.zoomMeetingId === null || !meeting.connectionId) continue;
    const ids = listed.get(
      hostKey({ connectionId: meeting.connectionId, hostZoomUserId: meeting.hostZoomUserId }),
    );
    if (!ids || ids.has(meeting.zoomMeetingId) || meeting.updatedAt > now) continue;
    counts.missing++;
    const outcome = await services.database.transaction(async (tx) => {
      const [still] = await tx.db
        .select()
        .from(zoomMeetings)
        .where(and(eq(zoomMeetings.id, meeting.id), eq(zoomMeetings.state, 'live')))
        .for('update');
      return still ? applyMeetingGone(tx, services, interview, still) : undefined;
    });
    if (outcome === 'recreated') counts.recreated++;
  }
}
