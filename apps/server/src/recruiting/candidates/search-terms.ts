import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { candidateSearchTerms } from '../../db/recruiting-schema.ts';

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

/**
 * The terms a candidate is found by: each word of the name (and the name without spaces, since Japanese
 * names are often typed without one), the e-mail address, its local part and that part's pieces, and
 * each tag.
 */
export function candidateSearchTermsOf(candidate: { name: string; email: string; tags: readonly string[] }) {
  const name = searchableText(candidate.name);
  const email = searchableText(candidate.email);
  const localPart = email.split('@')[0] ?? '';
  const terms = [
    ...name.split(/[\s\-'’.,・･]+/u),
    name.replace(/\s+/gu, ''),
    email,
    localPart,
    ...localPart.split(/[._+-]+/u),
    ...candidate.tags.map(searchableText),
  ];
  return [...new Set(terms.filter((term) => term.length > 0).map((term) => term.slice(0, 200)))];
}

/** Replaces the stored search terms of candidates (after they were created or changed). */
export async function writeSearchTerms(
  db: Db,
  organizationId: string,
  candidatesToIndex: readonly { id: string; name: string; email: string; tags: readonly string[] }[],
  options: { replace: boolean },
): Promise<void> {
  if (options.replace) {
    for (const candidate of candidatesToIndex) {
      await db.delete(candidateSearchTerms).where(eq(candidateSearchTerms.candidateId, candidate.id));
    }
  }
  const rows = candidatesToIndex.flatMap((candidate) =>
    candidateSearchTermsOf(candidate).map((term) => ({ candidateId: candidate.id, organizationId, term })),
  );
  // Bounded batches: one statement carries at most a few thousand parameters.
  for (let start = 0; start < rows.length; start += 1000) {
    await db.insert(candidateSearchTerms).values(rows.slice(start, start + 1000));
  }
}
