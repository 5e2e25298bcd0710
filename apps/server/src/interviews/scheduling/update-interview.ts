import type { InterviewLocationKind } from '@parley/api-contract';
import { interviewAuditActions } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { interviews } from '../../db/interview-schema.ts';
import { requireHost } from '../host-assignment/choose-host.ts';
import { announceInterviewVersion } from '../meetings/announce-interview-version.ts';
import { syncInterviewMeetingJob } from '../meetings/sync-interview-meeting.job.ts';
import { auditInterviewChange, type InterviewRow, lockEditableInterview } from './editable-interview.ts';
import { checkInterviewers, lockHostAssignment, needsMeeting, resolveRoom } from './interview-place.ts';
import type { InterviewServices } from './schedule-interview.ts';
import { parseStartTime } from './zoned-time.ts';

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
 * Reschedules or edits an interview (S5). A new time or duration updates the same Zoom meeting (the join
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
    const host =
      withMeeting && !before.hostZoomUserId
        ? await pickHost(tx, actor, before, { startAt, endAt, timeZone }, now)
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
      await announceInterviewVersion(tx, announcement, services.logger);
    }
  });
}

/** A host for an interview that gets its first meeting, by its host choice (own Zoom stays own Zoom). */
async function pickHost(
  tx: Parameters<typeof lockHostAssignment>[0] & { db: import('../../db/database.ts').Db },
  actor: Actor,
  before: InterviewRow,
  slot: { startAt: Date; endAt: Date; timeZone: string },
  now: Date,
) {
  await lockHostAssignment(tx, actor.organizationId);
  const choice =
    before.hostChoice === 'host_candidate' && before.requestedHostCandidateId
      ? { kind: 'host_candidate' as const, hostCandidateId: before.requestedHostCandidateId }
      : before.hostChoice === 'own_zoom'
        ? { kind: 'own_zoom' as const }
        : { kind: 'automatic' as const };
  const query = {
    organizationId: actor.organizationId,
    start: slot.startAt,
    end: slot.endAt,
    timeZone: slot.timeZone,
    interviewId: before.id,
    now,
  };
  const decision = await requireHost(
    tx.db,
    { organizationId: actor.organizationId, userId: before.scheduledByUserId },
    choice,
    query,
  );
  return {
    hostZoomUserId: decision.host.zoomUserId,
    hostLabel: decision.host.label,
    hostCandidateId: decision.host.hostCandidateId,
    hostConnectionId: decision.host.connectionId,
    hostExplanation: decision.explanation,
  };
}
