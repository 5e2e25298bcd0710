import type { CreateStageInput } from '@parley/api-contract';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { jobStages } from '../../db/recruiting-schema.ts';
import { assertActiveMembers, findJob } from '../recruiting-access.ts';
import { withoutUndefined } from '../without-undefined.ts';
import { newStageDefaults } from './default-stages.ts';

/**
 * Adds a stage to a job's pipeline at `position` (0-based; the end when left out or beyond it). The
 * job row is locked so concurrent edits of one pipeline keep positions unique. Returns the stage's id.
 */
export async function addStage(
  database: Database,
  actor: Actor,
  jobId: string,
  { position, ...input }: CreateStageInput,
): Promise<string> {
  return database.transaction(async (tx) => {
    const job = await findJob(tx.db, actor, jobId, { forUpdate: true });
    await assertActiveMembers(tx.db, actor, input.defaultInterviewerIds ?? [], 'defaultInterviewerIds');
    const [{ stageCount } = { stageCount: 0 }] = await tx.db
      .select({ stageCount: sql<number>`count(*)::int` })
      .from(jobStages)
      .where(eq(jobStages.jobId, jobId));
    const at = Math.min(position ?? stageCount, stageCount);
    await tx.db
      .update(jobStages)
      .set({ position: sql`${jobStages.position} + 1` })
      .where(and(eq(jobStages.jobId, jobId), gte(jobStages.position, at)));
    const [stage] = await tx.db
      .insert(jobStages)
      .values({
        ...newStageDefaults(job.language),
        ...withoutUndefined(input),
        name: input.name,
        organizationId: actor.organizationId,
        jobId,
        position: at,
      })
      .returning({ id: jobStages.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'stage.added',
      target: { type: 'job', id: jobId },
      result: 'success',
      metadata: { stageId: stage!.id, name: input.name, position: at },
    });
    return stage!.id;
  });
}
