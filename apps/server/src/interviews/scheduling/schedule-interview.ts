import { randomUUID } from 'node:crypto';
import type { ScheduleInterviewBody } from '@parley/api-contract';
import { interviewAuditActions } from '@parley/api-contract';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import { interviews, zoomMeetings } from '../../db/interview-schema.ts';
import type { Services } from '../../services.ts';
import { requireHost } from '../host-assignment/choose-host.ts';
import {
  checkInterviewers,
  inHostAssignmentTurn,
  lockHostAssignment,
  needsMeeting,
  resolveRoom,
} from '../interview-place.ts';
import { announceInterviewVersion } from '../meetings/announce-interview-version.ts';
import { syncInterviewMeetingJob } from '../meetings/sync-interview-meeting.job.ts';
import { parseStartTime } from '../zoned-time.ts';
import { loadSchedulableApplication } from './load-application-for-interview.ts';

/** What scheduling needs: the database and the queue its meeting operation goes on. */
export type InterviewServices = Pick<Services, 'database' | 'queue' | 'logger'>;

/** An interview to schedule, as the route validated it (`timeZone` canonical). */
export type ScheduleInterviewInput = ScheduleInterviewBody;

/**
 * Schedules an interview: in one transaction it stores the interview, picks its host (under the
 * organization's host lock so two interviews cannot take the same free slot), stores the explanation and
 * enqueues the meeting operation that creates the Zoom meeting. An interview without a meeting is
 * confirmed at once. Returns the interview's id.
 *
 * The host lock is held until the commit and makes every scheduling of the organization wait its turn, so
 * everything that does not depend on the host choice happens before it is taken: the interview's id is
 * made up front, so its `scheduled` audit event and its meeting job are written first.
 */
export async function scheduleInterview(
  services: InterviewServices,
  actor: Actor,
  input: ScheduleInterviewInput,
  now = new Date(),
): Promise<string> {
  const start = parseStartTime(input.startAt, input.timeZone);
  const end = new Date(start.getTime() + input.durationMinutes * 60_000);
  const video = input.locationKind === 'zoom' || input.video;
  const withMeeting = needsMeeting({ locationKind: input.locationKind, video });
  const interviewId = randomUUID();
  const target = { type: 'interview', id: interviewId };
  const inTurn = <T>(work: () => Promise<T>) =>
    withMeeting ? inHostAssignmentTurn(actor.organizationId, work) : work();
  return inTurn(() =>
    services.database.transaction(async (tx) => {
      const { application, stage } = await loadSchedulableApplication(
        tx.db,
        actor.organizationId,
        input.applicationId,
      );
      const interviewerIds = await checkInterviewers(tx.db, actor.organizationId, input.interviewerIds);
      const room = await resolveRoom(tx.db, actor.organizationId, input.locationKind, input.zoomRoomId);
      await recordAuditEvent(tx, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: interviewAuditActions.scheduled,
        target,
        result: 'success',
        metadata: {
          applicationId: application.id,
          startAt: start.toISOString(),
          timeZone: input.timeZone,
          locationKind: input.locationKind,
          video,
        },
      });
      let decision: Awaited<ReturnType<typeof requireHost>> | undefined;
      if (withMeeting) {
        // Enqueued inside the transaction: the job exists only if the interview does.
        await services.queue.enqueueKeyed(tx, syncInterviewMeetingJob, { interviewId }, interviewId);
        await lockHostAssignment(tx, actor.organizationId);
        const query = { organizationId: actor.organizationId, start, end, timeZone: input.timeZone, now };
        decision = await requireHost(tx.db, actor, input.host, query);
      }
      await tx.db.insert(interviews).values({
        id: interviewId,
        organizationId: actor.organizationId,
        applicationId: application.id,
        candidateId: application.candidateId,
        jobId: application.jobId,
        stageId: stage.id,
        interviewerIds,
        startAt: start,
        endAt: end,
        timeZone: input.timeZone,
        durationMinutes: input.durationMinutes,
        locationKind: input.locationKind,
        zoomRoomId: room?.zoomRoomId ?? null,
        zoomRoomName: room?.zoomRoomName ?? null,
        locationDetails: input.locationDetails,
        video,
        hostChoice: input.host.kind,
        requestedHostCandidateId: input.host.kind === 'host_candidate' ? input.host.hostCandidateId : null,
        hostZoomUserId: decision?.host.zoomUserId ?? null,
        hostLabel: decision?.host.label ?? '',
        hostCandidateId: decision?.host.hostCandidateId ?? null,
        hostConnectionId: decision?.host.connectionId ?? null,
        hostExplanation: decision?.explanation ?? null,
        state: withMeeting ? 'scheduling' : 'confirmed',
        scheduledByUserId: actor.userId,
      });
      if (decision) {
        await tx.db.insert(zoomMeetings).values({
          organizationId: actor.organizationId,
          interviewId,
          hostZoomUserId: decision.host.zoomUserId,
          hostLabel: decision.host.label,
          connectionId: decision.host.connectionId,
          state: 'creating',
        });
        await recordAuditEvent(tx, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: interviewAuditActions.hostChosen,
          target,
          result: 'success',
          metadata: { explanation: decision.explanation },
        });
      } else {
        const announcement = {
          interviewId,
          organizationId: actor.organizationId,
          version: 1,
          kind: 'confirmed' as const,
        };
        await announceInterviewVersion(tx, announcement, services, services.logger);
      }
      return interviewId;
    }),
  );
}
