import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { interviews, zoomMeetings } from '../../db/interview-schema.ts';
import { candidates, jobStages, jobs } from '../../db/recruiting-schema.ts';
import { organizations } from '../../db/schema.ts';
import { needsMeeting } from '../interview-place.ts';
import type { MeetingFacts } from './meeting-input.ts';

export type InterviewRow = typeof interviews.$inferSelect;
export type MeetingRow = typeof zoomMeetings.$inferSelect;

/** What the meeting operation reads before it calls Zoom: the interview as it is now and its meetings. */
export interface MeetingWork {
  interview: InterviewRow;
  /** The interview's current meeting row (at most one), if any. */
  current: MeetingRow | undefined;
  /** Meetings being replaced or removed, deleted in Zoom once the current one exists. */
  leaving: MeetingRow[];
  /** Whether the interview should have a meeting now, on its chosen host. */
  wanted: boolean;
  facts: MeetingFacts;
}

/** Reads the interview and its meetings; undefined when the interview is gone. */
export async function loadMeetingWork(db: Db, interviewId: string): Promise<MeetingWork | undefined> {
  const [row] = await db
    .select({
      interview: interviews,
      candidateName: candidates.name,
      jobTitle: jobs.title,
      stage: jobStages,
      organizationName: organizations.name,
    })
    .from(interviews)
    .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
    .innerJoin(jobs, eq(jobs.id, interviews.jobId))
    .innerJoin(jobStages, eq(jobStages.id, interviews.stageId))
    .innerJoin(organizations, eq(organizations.id, interviews.organizationId))
    .where(eq(interviews.id, interviewId));
  if (!row) return undefined;
  const { interview } = row;
  const meetings = await db
    .select()
    .from(zoomMeetings)
    .where(and(eq(zoomMeetings.interviewId, interviewId), notInArray(zoomMeetings.state, ['deleted'])));
  const ended = interview.state === 'cancelled' || interview.state === 'completed';
  return {
    interview,
    current: meetings.find((meeting) => meeting.state !== 'deleting'),
    leaving: meetings.filter((meeting) => meeting.state === 'deleting'),
    wanted:
      !ended &&
      needsMeeting(interview) &&
      interview.hostZoomUserId !== null &&
      interview.hostConnectionId !== null,
    facts: {
      interviewId: interview.id,
      startAt: interview.startAt,
      durationMinutes: interview.durationMinutes,
      topicTemplate: row.stage.topicTemplate,
      topicValues: {
        job: row.jobTitle,
        stage: row.stage.name,
        candidate: row.candidateName,
        organization: row.organizationName,
      },
      settings: row.stage.zoomMeetingSettings,
    },
  };
}
