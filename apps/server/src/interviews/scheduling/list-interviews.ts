import type { InterviewResponse, ListInterviewsQuery } from '@parley/api-contract';
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { interviews } from '../../db/interview-schema.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import { toInterviewViews, visibleTo } from '../interview-view.ts';

/**
 * Interviews the actor may see, in start order, filtered by job, application, time range (overlapping
 * it), state, and `mine` (scheduled by me or with me as an interviewer).
 */
export async function listInterviews(
  services: { database: { db: Db }; secretBox: SecretBox },
  actor: Actor,
  query: ListInterviewsQuery,
): Promise<InterviewResponse[]> {
  const db = services.database.db;
  const rows = await db
    .select()
    .from(interviews)
    .where(
      and(
        visibleTo(actor),
        query.jobId ? eq(interviews.jobId, query.jobId) : undefined,
        query.applicationId ? eq(interviews.applicationId, query.applicationId) : undefined,
        query.state ? eq(interviews.state, query.state) : undefined,
        query.from ? gt(interviews.endAt, new Date(query.from)) : undefined,
        query.to ? lt(interviews.startAt, new Date(query.to)) : undefined,
        query.mine === 'true'
          ? sql`(${interviews.scheduledByUserId} = ${actor.userId}::uuid OR ${actor.userId}::uuid = ANY(${interviews.interviewerIds}))`
          : undefined,
      ),
    )
    .orderBy(asc(interviews.startAt), asc(interviews.id))
    .limit(query.limit);
  return toInterviewViews(db, services.secretBox, actor, rows);
}
