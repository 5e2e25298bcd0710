import { type HostExplanation, hostLabel, type InterviewResponse, type Language } from '@parley/api-contract';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/database.ts';
import { explainedHostIds, readHostNames, relabelExplanations } from '../db/host-names.ts';
import { interviews, zoomMeetings } from '../db/interview-schema.ts';
import { candidates, jobStages, jobs } from '../db/recruiting-schema.ts';
import { users } from '../db/schema.ts';
import { zoomConnections, zoomHostCandidates } from '../db/zoom-schema.ts';
import { describeMeetingFailure } from '../i18n/meeting-messages.ts';
import type { SecretBox } from '../secrets/secret-box.ts';

type InterviewRow = typeof interviews.$inferSelect;

/** Admins and recruiters see every interview of the organization; interviewers only those they are on. */
export function visibleTo(actor: Actor) {
  const organization = eq(interviews.organizationId, actor.organizationId);
  if (actor.role === 'admin' || actor.role === 'recruiter') return organization;
  return and(organization, sql`${actor.userId}::uuid = ANY(${interviews.interviewerIds})`);
}

/**
 * Whether `actor` may start the meeting: the scheduling recruiter, or the host's own Parley user (the
 * owner of the personal connection, or the user whose e-mail is the host candidate's).
 */
export async function startersOf(db: Db, rows: readonly InterviewRow[]): Promise<Map<string, Set<string>>> {
  const starters = new Map<string, Set<string>>();
  const candidateIds = rows.flatMap((row) => (row.hostCandidateId ? [row.hostCandidateId] : []));
  const connectionIds = rows.flatMap((row) => (row.hostConnectionId ? [row.hostConnectionId] : []));
  const hostEmails = candidateIds.length
    ? await db
        .select({ id: zoomHostCandidates.id, userId: users.id })
        .from(zoomHostCandidates)
        .innerJoin(
          users,
          sql`lower(${users.email}) = lower(${zoomHostCandidates.email}) AND ${users.organizationId} = ${zoomHostCandidates.organizationId}`,
        )
        .where(inArray(zoomHostCandidates.id, candidateIds))
    : [];
  const personal = connectionIds.length
    ? await db
        .select({ id: zoomConnections.id, userId: zoomConnections.userId })
        .from(zoomConnections)
        .where(and(inArray(zoomConnections.id, connectionIds), eq(zoomConnections.kind, 'personal')))
    : [];
  for (const row of rows) {
    const set = new Set([row.scheduledByUserId]);
    for (const host of hostEmails) if (host.id === row.hostCandidateId) set.add(host.userId);
    for (const connection of personal)
      if (connection.id === row.hostConnectionId && connection.userId) set.add(connection.userId);
    starters.set(row.id, set);
  }
  return starters;
}

type MeetingRow = typeof zoomMeetings.$inferSelect;

/**
 * The meeting the interview shows: its current one, else one Parley could not delete in Zoom (a cancelled
 * interview whose meeting lives on must say so).
 */
function shownMeeting(rows: readonly MeetingRow[]): MeetingRow | undefined {
  return (
    rows.find((row) => row.state !== 'deleting') ??
    rows.find((row) => row.state === 'deleting' && row.lastAnswer?.failure !== undefined)
  );
}

/** Why the meeting's Zoom work gave up, in the reader's words; null while it goes well or is retried. */
function failureOf(meeting: MeetingRow, language: Language) {
  const answer = meeting.lastAnswer;
  // Rows from before reasons were stored have a failed state but no reason.
  const reason = answer?.failure ?? (meeting.state === 'failed' ? 'refused' : undefined);
  if (!answer || !reason || (meeting.state !== 'failed' && meeting.state !== 'deleting')) return null;
  return {
    reason,
    zoomCode: answer.zoomCode,
    message: answer.message,
    explanation: describeMeetingFailure(answer.retryAt ? 'daily_limit_waiting' : reason, language),
    retryAt: answer.retryAt ?? null,
  };
}

/** The interviews (already filtered by the caller) as the API returns them. */
export async function toInterviewViews(
  db: Db,
  secretBox: SecretBox,
  actor: Actor,
  rows: readonly InterviewRow[],
): Promise<InterviewResponse[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const related = await db
    .select({ id: interviews.id, candidate: candidates, jobTitle: jobs.title, stageName: jobStages.name })
    .from(interviews)
    .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
    .innerJoin(jobs, eq(jobs.id, interviews.jobId))
    .innerJoin(jobStages, eq(jobStages.id, interviews.stageId))
    .where(inArray(interviews.id, ids));
  const meetings = await db
    .select()
    .from(zoomMeetings)
    .where(and(inArray(zoomMeetings.interviewId, ids), notInArray(zoomMeetings.state, ['deleted'])));
  const peopleIds = [...new Set(rows.flatMap((row) => [...row.interviewerIds, row.scheduledByUserId]))];
  const people = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, peopleIds));
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? '';
  const starters = await startersOf(db, rows);
  // A meeting stores its host's label as it was when made, and the explanation its hosts' labels when the
  // host was chosen, both in English name order; a host still in the list is named in the reader's name
  // order (and with a label an admin changed since). One read serves both.
  const recorded = rows.map((row) => ({ explanation: row.hostExplanation }));
  const hostNames = await readHostNames(db, actor.organizationId, [
    ...rows.flatMap((row) => (row.hostCandidateId ? [row.hostCandidateId] : [])),
    ...explainedHostIds(recorded),
  ]);
  const explanations = relabelExplanations(recorded, hostNames, actor.language);
  return rows.map((row, index) => {
    const joined = related.find((entry) => entry.id === row.id)!;
    const meeting = shownMeeting(meetings.filter((entry) => entry.interviewId === row.id));
    const host = row.hostCandidateId ? hostNames.get(row.hostCandidateId) : undefined;
    return {
      id: row.id,
      applicationId: row.applicationId,
      candidate: {
        id: joined.candidate.id,
        name: joined.candidate.name,
        timeZone: joined.candidate.timeZone,
      },
      job: { id: row.jobId, title: joined.jobTitle },
      stage: { id: row.stageId, name: joined.stageName },
      interviewers: row.interviewerIds.map((id) => ({ id, name: nameOf(id) })),
      startAt: row.startAt.toISOString(),
      endAt: row.endAt.toISOString(),
      timeZone: row.timeZone,
      durationMinutes: row.durationMinutes,
      locationKind: row.locationKind,
      room: row.zoomRoomId ? { id: row.zoomRoomId, name: row.zoomRoomName ?? '' } : null,
      locationDetails: row.locationDetails,
      video: row.video,
      hostChoice: row.hostChoice,
      hostExplanation: (explanations[index]?.explanation as HostExplanation | undefined) ?? null,
      state: row.state,
      version: row.version,
      scheduledBy: { id: row.scheduledByUserId, name: nameOf(row.scheduledByUserId) },
      cancelReason: row.cancelReason,
      meeting: meeting
        ? {
            state: meeting.state,
            zoomMeetingId: meeting.zoomMeetingId === null ? null : String(meeting.zoomMeetingId),
            joinUrl: meeting.joinUrl,
            passcode: meeting.sealedPasscode ? secretBox.open(meeting.sealedPasscode) : null,
            hostLabel:
              host && host.zoomUserId === meeting.hostZoomUserId
                ? hostLabel(host, actor.language)
                : meeting.hostLabel,
            linkChanged: meeting.linkChanged,
            failure: failureOf(meeting, actor.language),
            drift: meeting.zoomDrift,
          }
        : null,
      connectionFlag:
        row.connectionFlaggedAt && row.connectionFlagReason
          ? { reason: row.connectionFlagReason, since: row.connectionFlaggedAt.toISOString() }
          : null,
      canStart: meeting?.state === 'live' && (starters.get(row.id)?.has(actor.userId) ?? false),
      createdAt: row.createdAt.toISOString(),
    };
  });
}
