import type { JobStatus, JobSummary } from '@parley/api-contract';
import { and, asc, desc, eq, getTableName, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { applications, jobs } from '../../db/recruiting-schema.ts';
import { likePattern } from '../like-pattern.ts';
import { visibleJobCondition } from '../recruiting-access.ts';
import { toJobFields } from './get-job.ts';

/** Filters and page of {@link listJobs}. */
export interface JobListFilter {
  search?: string;
  status?: JobStatus;
  department?: string;
  /** The id of the last job of the previous page. */
  cursor?: string;
  limit: number;
}

/**
 * The jobs the actor may see, newest first, with their number of active applications and the
 * organization's departments (for the filter). Paged by `(created_at, id)` after the cursor's job.
 */
export async function listJobs(db: Db, actor: Actor, filter: JobListFilter) {
  const visible = visibleJobCondition(actor, jobs.id);
  const conditions: (SQL | undefined)[] = [eq(jobs.organizationId, actor.organizationId), visible];
  if (filter.status) conditions.push(eq(jobs.status, filter.status));
  if (filter.department) conditions.push(eq(jobs.department, filter.department));
  if (filter.search) {
    const pattern = `%${likePattern(filter.search)}%`;
    conditions.push(or(ilike(jobs.title, pattern), ilike(jobs.location, pattern)));
  }
  if (filter.cursor) {
    conditions.push(sql`(${jobs.createdAt}, ${jobs.id}) < (
      SELECT cursor_job.created_at, cursor_job.id FROM jobs AS cursor_job
      WHERE cursor_job.id = ${filter.cursor} AND cursor_job.organization_id = ${actor.organizationId})`);
  }
  // Drizzle writes the outer `jobs.id` unqualified here, where it would mean the application's own id;
  // naming the table keeps the subquery correlated with the listed job.
  const listedJobId = sql`${sql.identifier(getTableName(jobs))}.${sql.identifier(jobs.id.name)}`;
  const activeCount = sql<number>`(SELECT count(*)::int FROM ${applications}
    WHERE ${applications.jobId} = ${listedJobId} AND ${applications.status} = 'active')`;
  const [rows, departments] = await Promise.all([
    db
      .select({ job: jobs, activeCount })
      .from(jobs)
      .where(and(...conditions))
      .orderBy(desc(jobs.createdAt), desc(jobs.id))
      .limit(filter.limit + 1),
    db
      .selectDistinct({ department: jobs.department })
      .from(jobs)
      .where(and(eq(jobs.organizationId, actor.organizationId), visible, sql`${jobs.department} <> ''`))
      .orderBy(asc(jobs.department)),
  ]);
  const page = rows.slice(0, filter.limit);
  return {
    jobs: page.map(({ job, activeCount }): JobSummary => toJobFields(job, Number(activeCount))),
    nextCursor: rows.length > filter.limit ? (page.at(-1)?.job.id ?? null) : null,
    departments: departments.map((row) => row.department),
  };
}
