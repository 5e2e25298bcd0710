import type { MergeCandidateInput } from '@parley/api-contract';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { candidates } from '../../db/recruiting-schema.ts';
import { type CandidateRow, findCandidate } from '../candidate-view.ts';
import { missingOrConflict } from '../recruiting-access.ts';
import { uniqueTags } from './create-candidate.ts';
import { writeSearchTerms } from './search-terms.ts';

/** What a duplicate brought, without the e-mail (it is the existing candidate's). */
export type CandidateAdditions = Omit<MergeCandidateInput, 'version'>;

/**
 * The existing candidate with what a duplicate brought merged in: empty fields filled, tags added, notes
 * appended below the existing ones. Nothing the existing candidate has is overwritten.
 */
export function mergedCandidateFields(existing: CandidateRow, additions: CandidateAdditions) {
  const fill = (current: string, added: string | undefined) => (current === '' && added ? added : current);
  const notes = additions.notes?.trim();
  return {
    name: fill(existing.name, additions.name),
    phone: fill(existing.phone, additions.phone),
    source: fill(existing.source, additions.source),
    notes:
      notes && !existing.notes.includes(notes)
        ? [existing.notes, notes].filter(Boolean).join('\n\n')
        : existing.notes,
    tags: uniqueTags([...existing.tags, ...(additions.tags ?? [])]),
  };
}

/**
 * Merges a duplicate's information (from the add form or an import) into an existing candidate, the
 * alternative CANDIDATE_EMAIL_EXISTS offers to creating them twice.
 */
export async function mergeCandidate(
  database: Database,
  actor: Actor,
  candidateId: string,
  { version, ...additions }: MergeCandidateInput,
): Promise<void> {
  await database.transaction(async (tx) => {
    const existing = await findCandidate(tx.db, actor, candidateId, { forUpdate: true });
    if (existing.version !== version) throw missingOrConflict(true);
    const [merged] = await tx.db
      .update(candidates)
      .set({
        ...mergedCandidateFields(existing, additions),
        version: sql`${candidates.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(candidates.id, candidateId))
      .returning();
    await writeSearchTerms(tx, actor.organizationId, [merged!], { replace: true });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'candidate.merged',
      target: { type: 'candidate', id: candidateId },
      result: 'success',
    });
  });
}
