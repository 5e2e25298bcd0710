import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { interviews, zoomMeetings } from '../../db/interview-schema.ts';
import { candidates, jobs } from '../../db/recruiting-schema.ts';
import { organizations, users } from '../../db/schema.ts';
import type { InterviewSnapshot } from '../../notifications/invitations/interview-snapshot.ts';
import { startersOf } from '../interview-view.ts';

const readerColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  language: users.language,
  timeZone: users.timeZone,
};

/**
 * The interview as its people are to be told about it now: times, place, people in their languages and
 * zones, and the current meeting's join link, id and sealed passcode. Undefined when the interview is
 * gone. Interviewers keep the order the recruiter gave them.
 */
export async function loadInterviewSnapshot(
  db: Db,
  interviewId: string,
): Promise<InterviewSnapshot | undefined> {
  const [row] = await db
    .select({
      interview: interviews,
      candidate: candidates,
      jobTitle: jobs.title,
      organizationName: organizations.name,
    })
    .from(interviews)
    .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
    .innerJoin(jobs, eq(jobs.id, interviews.jobId))
    .innerJoin(organizations, eq(organizations.id, interviews.organizationId))
    .where(eq(interviews.id, interviewId));
  if (!row) return undefined;
  const { interview, candidate } = row;
  const people = await db
    .select({ ...readerColumns, receivesInterviewInvitations: users.receivesInterviewInvitations })
    .from(users)
    .where(inArray(users.id, [...interview.interviewerIds, interview.scheduledByUserId]));
  const [meeting] = await db
    .select()
    .from(zoomMeetings)
    .where(
      and(eq(zoomMeetings.interviewId, interviewId), notInArray(zoomMeetings.state, ['deleting', 'deleted'])),
    );
  const starters = await startersOf(db, [interview]);
  const reader = ({ receivesInterviewInvitations: _, ...person }: (typeof people)[number]) => person;
  const recruiter = people.find((person) => person.id === interview.scheduledByUserId);
  if (!recruiter) return undefined;
  return {
    interviewId,
    organizationId: interview.organizationId,
    organizationName: row.organizationName,
    version: interview.version,
    applicationId: interview.applicationId,
    jobId: interview.jobId,
    jobTitle: row.jobTitle,
    startAt: interview.startAt.toISOString(),
    endAt: interview.endAt.toISOString(),
    durationMinutes: interview.durationMinutes,
    location: {
      kind: interview.locationKind,
      roomName: interview.zoomRoomName,
      details: interview.locationDetails,
    },
    meeting:
      meeting?.joinUrl && meeting.zoomMeetingId !== null
        ? {
            zoomMeetingId: meeting.zoomMeetingId,
            joinUrl: meeting.joinUrl,
            sealedPasscode: meeting.sealedPasscode,
            sealedPhonePasscode: meeting.sealedPhonePasscode,
            dialInNumbers: meeting.dialInNumbers,
          }
        : null,
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      language: candidate.language,
      timeZone: candidate.timeZone,
    },
    interviewers: interview.interviewerIds.flatMap((id) => {
      const person = people.find((entry) => entry.id === id);
      return person ? [reader(person)] : [];
    }),
    recruiter: { ...reader(recruiter), wantsInvitations: recruiter.receivesInterviewInvitations },
    starterUserIds: [...(starters.get(interviewId) ?? [])],
    cancelReason: interview.cancelReason,
  };
}
