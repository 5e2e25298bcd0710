import { eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Transaction } from '../../db/database.ts';
import { jobMembers } from '../../db/recruiting-schema.ts';
import { assertActiveMembers } from '../recruiting-access.ts';

/** Replaces a job's hiring team with `userIds` (active users of the organization only). */
export async function replaceHiringTeam(
  tx: Transaction,
  actor: Actor,
  jobId: string,
  userIds: readonly string[],
): Promise<void> {
  await assertActiveMembers(tx.db, actor, userIds, 'hiringTeam');
  await tx.db.delete(jobMembers).where(eq(jobMembers.jobId, jobId));
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.db
    .insert(jobMembers)
    .values(unique.map((userId) => ({ jobId, userId, organizationId: actor.organizationId })));
}
