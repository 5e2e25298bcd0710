import type { HostChoice, HostExplanation, InterviewLocationKind } from '@parley/api-contract';
import { interviewAuditActions } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { interviews } from '../../db/interview-schema.ts';
import { withdrawInterviewFromIncidents } from '../../notifications/admin/withdraw-interview-from-incidents.ts';
import { type ChosenHost, decideKeptHost, requireHost } from '../host-assignment/choose-host.ts';
import { checkInterviewers, lockHostAssignment, needsMeeting, resolveRoom } from '../interview-place.ts';
import { announceInterviewVersion } from '../meetings/announce-interview-version.ts';
import { syncInterviewMeetingJob } from '../meetings/sync-interview-meeting.job.ts';
import { parseStartTime } from '../zoned-time.ts';
import { auditInterviewChange, type InterviewRow, lockEditableInterview } from './editable-interview.ts';
import type { InterviewServices } from './schedule-interview.ts';

/** A change to an interview's time, people or place; absent fields stay as they are. */
export interface UpdateInterviewInput {
  version: number;
  startAt?: string;
  timeZone?: string;
  durationMinutes?: number;
  interviewerIds?: string[];
  locationKind?: InterviewLocationKind;
  zoomRoomId?: string | null;
  locationDetails?: string;
  video?: boolean;
}

/**
 * Reschedules or edits an interview. A new time or duration updates the same Zoom meeting (the join
 * link stays); a change from Zoom to a place without video deletes the meeting, the other way creates one
 * on a host picked by the interview's host choice. The version goes up and the meeting operation is
 * enqueued in the same transaction.
 */
export async function updateInterview(
  services: InterviewServices,
  actor: Actor,
  interviewId: string,
  input: UpdateInterviewInput,
  now = new Date(),
): Promise<void> {
  await services.database.transaction(async (tx) => {
    const before = await lockEditableInterview(tx, actor, interviewId, input.version);
    const timeZone = input.timeZone ?? before.timeZone;
    const startAt = input.startAt ? parseStartTime(input.startAt, timeZone) : before.startAt;
    const durationMinutes = input.durationMinutes ?? before.durationMinutes;
    const endAt = new Date(startAt.getTime() + durationMinutes * 60_000);
    const locationKind = input.locationKind ?? before.locationKind;
    const video = locationKind === 'zoom' || (input.video ?? before.video);
    const roomId = input.zoomRoomId === undefined ? undefined : input.zoomRoomId;
    const room =
      locationKind === 'zoom_room' && (roomId !== undefined || before.locationKind !== 'zoom_room')
        ? await resolveRoom(tx.db, actor.organizationId, locationKind, roomId ?? null)
        : locationKind === 'zoom_room'
          ? { zoomRoomId: before.zoomRoomId!, zoomRoomName: before.zoomRoomName ?? '' }
          : null;
    const interviewerIds = input.interviewerIds
      ? await checkInterviewers(tx.db, actor.organizationId, input.interviewerIds)
      : before.interviewerIds;
    const withMeeting = needsMeeting({ locationKind, video });
    const slot = { startAt, endAt, timeZone };
    const moved =
      startAt.getTime() !== before.startAt.getTime() || endAt.getTime() !== before.endAt.getTime();
    const host = !withMeeting
      ? {}
      : !before.hostZoomUserId
        ? await pickHost(tx, actor, before, slot, now)
        : moved
          ? await keepOrReplaceHost(tx, actor, before, slot, now)
          : {};
    const hadMeeting = needsMeeting(before) && before.hostZoomUserId !== null;
    const version = before.version + 1;
    await tx.db
      .update(interviews)
      .set({
        startAt,
        endAt,
        timeZone,
        durationMinutes,
        locationKind,
        video,
        zoomRoomId: room?.zoomRoomId ?? null,
        zoomRoomName: room?.zoomRoomName ?? null,
        locationDetails: input.locationDetails ?? before.locationDetails,
        interviewerIds,
        ...host,
        state: withMeeting || hadMeeting ? 'rescheduling' : 'confirmed',
        version,
        updatedAt: now,
      })
      .where(eq(interviews.id, interviewId));
    // The admins' incidents stop listing an interview their cause no longer concerns.
    await withdrawInterviewFromIncidents(tx, interviewId);
    await auditInterviewChange(tx, actor, interviewId, interviewAuditActions.rescheduled, {
      version,
      startAt: startAt.toISOString(),
      timeZone,
      durationMinutes,
      locationKind,
      video,
    });
    if (withMeeting || hadMeeting) {
      await services.queue.enqueueKeyed(tx, syncInterviewMeetingJob, { interviewId }, interviewId);
    } else {
      const announcement = {
        interviewId,
        organizationId: actor.organizationId,
        version,
        kind: 'confirmed' as const,
      };
      await announceInterviewVersion(tx, announcement, services, services.logger);
    }
  });
}

type HostTransaction = Parameters<typeof lockHostAssignment>[0] & { db: Db };
type Slot = { startAt: Date; endAt: Date; timeZone: string };

/** The interview's host choice as a request: the named host candidate, own Zoom, or Parley's pick. */
function hostChoiceOf(before: InterviewRow): HostChoice {
  if (before.hostChoice === 'host_candidate' && before.requestedHostCandidateId)
    return { kind: 'host_candidate', hostCandidateId: before.requestedHostCandidateId };
  return before.hostChoice === 'own_zoom' ? { kind: 'own_zoom' } : { kind: 'automatic' };
}

function placementQuery(actor: Actor, before: InterviewRow, slot: Slot, now: Date) {
  return {
    organizationId: actor.organizationId,
    start: slot.startAt,
    end: slot.endAt,
    timeZone: slot.timeZone,
    interviewId: before.id,
    now,
  };
}

function hostColumns(decision: { explanation: HostExplanation; host: ChosenHost }) {
  return {
    hostZoomUserId: decision.host.zoomUserId,
    hostLabel: decision.host.label,
    hostCandidateId: decision.host.hostCandidateId,
    hostConnectionId: decision.host.connectionId,
    hostExplanation: decision.explanation,
  };
}

/** A host for an interview that gets its first meeting, by its host choice (own Zoom stays own Zoom). */
async function pickHost(tx: HostTransaction, actor: Actor, before: InterviewRow, slot: Slot, now: Date) {
  await lockHostAssignment(tx, actor.organizationId);
  const scheduler = { organizationId: actor.organizationId, userId: before.scheduledByUserId };
  const query = placementQuery(actor, before, slot, now);
  return hostColumns(await requireHost(tx.db, scheduler, hostChoiceOf(before), query));
}

/**
 * A moved interview keeps its host (and so its join link) when the host can take the new time: free
 * within the plan's concurrency, licensed for the new length, under the day's call limit. Otherwise
 * Parley's pick moves it to a host who can (the meeting operation then creates it there and deletes the
 * old one), and a host the recruiter named, or their own Zoom, refuses the move with HOST_CANNOT_HOST and
 * the reason: a moved meeting must not fail in Zoom or double-book its host.
 */
async function keepOrReplaceHost(
  tx: HostTransaction,
  actor: Actor,
  before: InterviewRow,
  slot: Slot,
  now: Date,
) {
  await lockHostAssignment(tx, actor.organizationId);
  const scheduler = { organizationId: actor.organizationId, userId: before.scheduledByUserId };
  const query = placementQuery(actor, before, slot, now);
  const choice = hostChoiceOf(before);
  if (choice.kind !== 'automatic') {
    const current: HostChoice = before.hostCandidateId
      ? { kind: 'host_candidate', hostCandidateId: before.hostCandidateId }
      : { kind: 'own_zoom' };
    await requireHost(tx.db, scheduler, current, query);
    return {};
  }
  if (await decideKeptHost(tx.db, scheduler, before, query)) return {};
  return hostColumns(await requireHost(tx.db, scheduler, choice, query));
}
