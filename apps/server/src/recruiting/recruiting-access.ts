import { and, type Column, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/database.ts';
import { applications, jobMembers, jobs } from '../db/recruiting-schema.ts';
import { users } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';

/** A job row as stored. */
export type JobRow = typeof jobs.$inferSelect;

/**
 * Interviewers see only the jobs whose hiring team they are on (and those jobs' candidates and
 * applications); admins and recruiters see every job of their organization.
 */
export function seesEveryJob(actor: Actor): boolean {
  return actor.role !== 'interviewer';
}

/** The jobs `actor` may read, as a condition on a column holding a job id. */
export function visibleJobCondition(actor: Actor, jobIdColumn: Column): SQL | undefined {
  if (seesEveryJob(actor)) return undefined;
  return sql`${jobIdColumn} IN (SELECT ${jobMembers.jobId} FROM ${jobMembers} WHERE ${jobMembers.userId} = ${actor.userId})`;
}

/** The applications `actor` may read: their organization's, on the jobs they may read. */
export function visibleApplicationCondition(actor: Actor): SQL | undefined {
  return and(
    eq(applications.organizationId, actor.organizationId),
    visibleJobCondition(actor, applications.jobId),
  );
}

/**
 * A job of the actor's organization that the actor may read; NOT_FOUND otherwise, so another
 * organization's ids reveal nothing. `forUpdate` locks the row for the rest of the transaction.
 */
export async function findJob(
  db: Db,
  actor: Actor,
  jobId: string,
  options: { forUpdate?: boolean } = {},
): Promise<JobRow> {
  const query = db
    .select()
    .from(jobs)
    .where(
      and(
        eq(jobs.id, jobId),
        eq(jobs.organizationId, actor.organizationId),
        visibleJobCondition(actor, jobs.id),
      ),
    );
  const [job] = options.forUpdate ? await query.for('update') : await query;
  if (!job) throw new AppError(AppErrorCode.NotFound);
  return job;
}

/**
 * Refuses (VALIDATION_FAILED on `field`) ids that are not active users of the actor's organization, so a
 * hiring team or a stage's interviewers never name someone from elsewhere.
 */
export async function assertActiveMembers(
  db: Db,
  actor: Actor,
  userIds: readonly string[],
  field: string,
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(inArray(users.id, unique), eq(users.organizationId, actor.organizationId), eq(users.active, true)),
    );
  if (found.length !== unique.length) {
    throw new AppError(AppErrorCode.ValidationFailed, {
      details: [{ path: field, message: 'validation.unknownUser' }],
    });
  }
}

/** Throws NOT_FOUND when nothing matched the id, else EDIT_CONFLICT: the row exists with another version. */
export function missingOrConflict(exists: boolean): AppError {
  return new AppError(exists ? AppErrorCode.EditConflict : AppErrorCode.NotFound);
}
