import type { ApplicationCard, ApplicationStatus } from '@parley/api-contract';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { applications } from '../../db/recruiting-schema.ts';
import { findJob } from '../recruiting-access.ts';
import { selectApplicationCards, toApplicationCard } from './application-view.ts';

/** Filters and page of {@link listJobApplications}. */
export interface JobApplicationFilter {
  status: ApplicationStatus;
  stageId?: string;
  /** The id of the last application of the previous page. */
  cursor?: string;
  limit: number;
}

/** A job's applications as a table: one status (and stage), longest in the stage first, paged. */
export async function listJobApplications(
  db: Db,
  actor: Actor,
  jobId: string,
  filter: JobApplicationFilter,
): Promise<{ applications: ApplicationCard[]; nextCursor: string | null }> {
  await findJob(db, actor, jobId);
  const cursor = filter.cursor
    ? sql`(${applications.stageEnteredAt}, ${applications.id}) > (
        SELECT cursor_application.stage_entered_at, cursor_application.id FROM applications AS cursor_application
        WHERE cursor_application.id = ${filter.cursor} AND cursor_application.job_id = ${jobId})`
    : undefined;
  const rows = await selectApplicationCards(
    db,
    actor,
    and(
      eq(applications.jobId, jobId),
      eq(applications.status, filter.status),
      filter.stageId ? eq(applications.stageId, filter.stageId) : undefined,
      cursor,
    ),
  )
    .orderBy(asc(applications.stageEnteredAt), asc(applications.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return {
    applications: page.map(toApplicationCard),
    nextCursor: rows.length > filter.limit ? (page.at(-1)?.application.id ?? null) : null,
  };
}
