import type { InterviewState } from '@parley/api-contract';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { interviews } from '../../db/interview-schema.ts';
import { adminIncidentInterviews } from '../../db/notification-schema.ts';
import { candidates, jobs } from '../../db/recruiting-schema.ts';

/** An interview an incident lists: enough to recognise it and to link to it. */
export interface IncidentInterview {
  interviewId: string;
  candidateName: string;
  jobTitle: string;
  startAt: Date;
  state: InterviewState;
}

/** The interviews each incident lists, soonest first, keyed by incident id. */
export async function listIncidentInterviews(
  db: Db,
  incidentIds: readonly string[],
): Promise<Map<string, IncidentInterview[]>> {
  const byIncident = new Map<string, IncidentInterview[]>();
  if (incidentIds.length === 0) return byIncident;
  const rows = await db
    .select({
      incidentId: adminIncidentInterviews.incidentId,
      interviewId: interviews.id,
      candidateName: candidates.name,
      jobTitle: jobs.title,
      startAt: interviews.startAt,
      state: interviews.state,
    })
    .from(adminIncidentInterviews)
    .innerJoin(interviews, eq(interviews.id, adminIncidentInterviews.interviewId))
    .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
    .innerJoin(jobs, eq(jobs.id, interviews.jobId))
    .where(inArray(adminIncidentInterviews.incidentId, [...incidentIds]))
    .orderBy(asc(interviews.startAt));
  for (const { incidentId, ...interview } of rows) {
    const list = byIncident.get(incidentId) ?? [];
    list.push(interview);
    byIncident.set(incidentId, list);
  }
  return byIncident;
}
