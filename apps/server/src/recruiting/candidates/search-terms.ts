import type { SqlExecutor } from '../../db/database.ts';

/** Text as it is searched: compatibility-normalised (ｱ → ア, Ｆ → F) and lower-case. */
export function searchableText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The words of a search query; each must begin a term of the candidate. */
export function searchWords(query: string): string[] {
  return searchableText(query)
    .split(/[\s,;]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 5);
}

/** Scripts written without spaces between words (Han, Hiragana, Katakana, Hangul). */
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The terms a candidate is found by: each word of the name (and, for Japanese and other names in scripts
 * without spaces, the name without its space, as it is often typed), the e-mail address (which also
 * finds its local part, being its prefix), the local part's pieces (`al.mueller` → `al`, `mueller`) and
 * each tag. Fewer terms keep imports fast.
 */
export function candidateSearchTermsOf(candidate: { name: string; email: string; tags: readonly string[] }) {
  const name = searchableText(candidate.name);
  const email = searchableText(candidate.email);
  const localPieces = (email.split('@')[0] ?? '').split(/[._+-]+/u);
  const terms = [
    ...name.split(/[\s\-'’.,・･]+/u),
    ...(unspacedScript.test(name) ? [name.replace(/\s+/gu, '')] : []),
    email,
    ...(localPieces.length > 1 ? localPieces : []),
    ...candidate.tags.map(searchableText),
  ];
  return [...new Set(terms.filter((term) => term.length > 0).map((term) => term.slice(0, 200)))];
}

/**
 * Stores the search terms of candidates (after they were created, or changed with `replace`). One
 * statement with array parameters: row-by-row inserts of tens of thousands of terms took seconds.
 */
export async function writeSearchTerms(
  sqlExecutor: SqlExecutor,
  organizationId: string,
  candidatesToIndex: readonly { id: string; name: string; email: string; tags: readonly string[] }[],
  options: { replace: boolean },
): Promise<void> {
  if (candidatesToIndex.length === 0) return;
  if (options.replace) {
    await sqlExecutor.executeSql('DELETE FROM candidate_search_terms WHERE candidate_id = ANY($1::uuid[])', [
      candidatesToIndex.map((candidate) => candidate.id),
    ]);
  }
  const candidateIds: string[] = [];
  const terms: string[] = [];
  for (const candidate of candidatesToIndex) {
    for (const term of candidateSearchTermsOf(candidate)) {
      candidateIds.push(candidate.id);
      terms.push(term);
    }
  }
  await sqlExecutor.executeSql(
    `INSERT INTO candidate_search_terms (candidate_id, organization_id, term)
     SELECT candidate_id, $2::uuid, term FROM unnest($1::uuid[], $3::text[]) AS t(candidate_id, term)`,
    [candidateIds, organizationId, terms],
  );
}
