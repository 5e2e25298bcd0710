import type { FlaggedInterviewResponse } from '@parley/api-contract';
import { and, asc, eq, isNotNull, notInArray } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { interviews } from '../../db/interview-schema.ts';
import { candidates, jobs } from '../../db/recruiting-schema.ts';

/** The organization's interviews flagged because their Zoom connection broke, soonest first (for admins). */
export async function listFlaggedInterviews(db: Db, actor: Actor): Promise<FlaggedInterviewResponse[]> {
  const rows = await db
    .select({ interview: interviews, candidateName: candidates.name, jobTitle: jobs.title })
    .from(interviews)
    .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
    .innerJoin(jobs, eq(jobs.id, interviews.jobId))
    .where(
      and(
        eq(interviews.organizationId, actor.organizationId),
        isNotNull(interviews.connectionFlaggedAt),
        notInArray(interviews.state, ['cancelled', 'completed']),
      ),
    )
    .orderBy(asc(interviews.startAt));
  return rows.map(({ interview, candidateName, jobTitle }) => ({
    id: interview.id,
    candidateName,
    jobTitle,
    startAt: interview.startAt.toISOString(),
    hostLabel: interview.hostLabel,
    flag: {
      reason: interview.connectionFlagReason ?? 'needs_reconnect',
      since: interview.connectionFlaggedAt!.toISOString(),
    },
  }));
}
