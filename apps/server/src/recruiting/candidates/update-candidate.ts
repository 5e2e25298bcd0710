import type { UpdateCandidateInput } from '@parley/api-contract';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { candidates } from '../../db/recruiting-schema.ts';
import { candidateEmailExists, findCandidate, findCandidateIdByEmail } from '../candidate-view.ts';
import { missingOrConflict } from '../recruiting-access.ts';
import { withoutUndefined } from '../without-undefined.ts';
import { uniqueTags } from './create-candidate.ts';
import { writeSearchTerms } from './search-terms.ts';

/**
 * Changes a candidate. `version` is the version the editor read: if someone changed the candidate since,
 * EDIT_CONFLICT and nothing is written. A new e-mail another candidate has is CANDIDATE_EMAIL_EXISTS.
 */
export async function updateCandidate(
  database: Database,
  actor: Actor,
  candidateId: string,
  { version, ...input }: UpdateCandidateInput,
): Promise<void> {
  await database.transaction(async (tx) => {
    const before = await findCandidate(tx.db, actor, candidateId, { forUpdate: true });
    if (before.version !== version) throw missingOrConflict(true);
    const changes = withoutUndefined({ ...input, tags: input.tags && uniqueTags(input.tags) });
    if (changes.email && changes.email !== before.email) {
      const existingId = await findCandidateIdByEmail(tx.db, actor.organizationId, changes.email);
      if (existingId) throw candidateEmailExists(existingId);
    }
    const [after] = await tx.db
      .update(candidates)
      .set({ ...changes, version: sql`${candidates.version} + 1`, updatedAt: new Date() })
      .where(and(eq(candidates.id, candidateId), eq(candidates.organizationId, actor.organizationId)))
      .returning();
    if (changes.name !== undefined || changes.email !== undefined || changes.tags !== undefined) {
      await writeSearchTerms(tx, actor.organizationId, [after!], { replace: true });
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'candidate.updated',
      target: { type: 'candidate', id: candidateId },
      result: 'success',
      metadata: { fields: Object.keys(changes) },
    });
  });
}
