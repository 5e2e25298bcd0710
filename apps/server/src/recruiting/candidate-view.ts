import type { Candidate, CandidateSummary } from '@parley/api-contract';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/database.ts';
import { applications, candidates, jobMembers } from '../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import { seesEveryJob } from './recruiting-access.ts';

/** A candidate row as stored. */
export type CandidateRow = typeof candidates.$inferSelect;

/** A candidate in lists. */
export function toCandidateSummary(candidate: CandidateRow): CandidateSummary {
  return {
    id: candidate.id,
    name: candidate.name,
    email: candidate.email,
    phone: candidate.phone,
    timeZone: candidate.timeZone,
    language: candidate.language,
    source: candidate.source,
    tags: candidate.tags,
    version: candidate.version,
    createdAt: candidate.createdAt.toISOString(),
  };
}

/** A candidate with every field. */
export function toCandidate(candidate: CandidateRow): Candidate {
  return {
    ...toCandidateSummary(candidate),
    notes: candidate.notes,
    updatedAt: candidate.updatedAt.toISOString(),
  };
}

/**
 * Interviewers see only candidates with an application to a job whose hiring team they are on; the
 * condition is undefined for those who see everyone.
 */
export function visibleCandidateCondition(actor: Actor): SQL | undefined {
  if (seesEveryJob(actor)) return undefined;
  return sql`${candidates.id} IN (SELECT ${applications.candidateId} FROM ${applications}
    INNER JOIN ${jobMembers} ON ${jobMembers.jobId} = ${applications.jobId}
    WHERE ${jobMembers.userId} = ${actor.userId})`;
}

/** A candidate the actor may read; NOT_FOUND otherwise (also for other organizations' ids). */
export async function findCandidate(
  db: Db,
  actor: Actor,
  candidateId: string,
  options: { forUpdate?: boolean } = {},
): Promise<CandidateRow> {
  const query = db
    .select()
    .from(candidates)
    .where(
      and(
        eq(candidates.id, candidateId),
        eq(candidates.organizationId, actor.organizationId),
        visibleCandidateCondition(actor),
      ),
    );
  const [candidate] = options.forUpdate ? await query.for('update') : await query;
  if (!candidate) throw new AppError(AppErrorCode.NotFound);
  return candidate;
}

/** CANDIDATE_EMAIL_EXISTS carrying the existing candidate's id, so the client can offer the merge. */
export function candidateEmailExists(existingCandidateId: string): AppError {
  return new AppError(AppErrorCode.CandidateEmailExists, {
    details: [{ path: 'email', message: 'validation.candidateEmailExists' }],
    meta: { existingCandidateId },
  });
}

/** The candidate of the organization with this (normalised) e-mail, if any. */
export async function findCandidateIdByEmail(
  db: Db,
  organizationId: string,
  email: string,
): Promise<string | undefined> {
  const [existing] = await db
    .select({ id: candidates.id })
    .from(candidates)
    .where(and(eq(candidates.organizationId, organizationId), eq(candidates.email, email)));
  return existing?.id;
}
