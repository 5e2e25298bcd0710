import type { CandidateSummary } from '@parley/api-contract';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { applications, candidateSearchTerms, candidates } from '../../db/recruiting-schema.ts';
import { toCandidateSummary, visibleCandidateCondition } from '../candidate-view.ts';
import { likePattern } from '../like-pattern.ts';
import { visibleApplicationCondition } from '../recruiting-access.ts';
import { searchWords } from './search-terms.ts';

/** Filters and page of {@link listCandidates}. */
export interface CandidateListFilter {
  /** Every word must begin a word of the name, the e-mail or a tag. */
  search?: string;
  jobId?: string;
  /** The id of the last candidate of the previous page. */
  cursor?: string;
  limit: number;
}

/**
 * The candidates the actor may see, newest first, paged by `(created_at, id)`. Search uses the prefix
 * index of the search terms, one `EXISTS` per word, so every word must match.
 */
export async function listCandidates(
  db: Db,
  actor: Actor,
  filter: CandidateListFilter,
): Promise<{ candidates: CandidateSummary[]; nextCursor: string | null }> {
  const conditions: (SQL | undefined)[] = [
    eq(candidates.organizationId, actor.organizationId),
    visibleCandidateCondition(actor),
  ];
  for (const word of searchWords(filter.search ?? '')) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${candidateSearchTerms}
      WHERE ${candidateSearchTerms.candidateId} = ${candidates.id}
        AND ${candidateSearchTerms.organizationId} = ${actor.organizationId}
        AND ${candidateSearchTerms.term} LIKE ${`${likePattern(word)}%`})`);
  }
  if (filter.jobId) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${applications}
      WHERE ${applications.candidateId} = ${candidates.id} AND ${applications.jobId} = ${filter.jobId}
        AND ${visibleApplicationCondition(actor)})`);
  }
  if (filter.cursor) {
    conditions.push(sql`(${candidates.createdAt}, ${candidates.id}) < (
      SELECT cursor_candidate.created_at, cursor_candidate.id FROM candidates AS cursor_candidate
      WHERE cursor_candidate.id = ${filter.cursor} AND cursor_candidate.organization_id = ${actor.organizationId})`);
  }
  const rows = await db
    .select()
    .from(candidates)
    .where(and(...conditions))
    .orderBy(desc(candidates.createdAt), desc(candidates.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return {
    candidates: page.map(toCandidateSummary),
    nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
