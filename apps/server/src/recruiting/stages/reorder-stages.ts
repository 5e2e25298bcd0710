import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { jobStages } from '../../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { findJob } from '../recruiting-access.ts';

/**
 * Puts a job's stages in the order of `stageIds`, which must name every stage of the job exactly once:
 * a list made from a stale page (a stage added or removed since) is refused, not half applied.
 */
export async function reorderStages(
  database: Database,
  actor: Actor,
  jobId: string,
  stageIds: readonly string[],
): Promise<void> {
  await database.transaction(async (tx) => {
    await findJob(tx.db, actor, jobId, { forUpdate: true });
    const current = await tx.db
      .select({ id: jobStages.id })
      .from(jobStages)
      .where(eq(jobStages.jobId, jobId))
      .orderBy(asc(jobStages.position));
    const known = new Set(current.map((stage) => stage.id));
    if (
      stageIds.length !== known.size ||
      new Set(stageIds).size !== known.size ||
      !stageIds.every((id) => known.has(id))
    ) {
      throw new AppError(AppErrorCode.ValidationFailed, {
        details: [{ path: 'stageIds', message: 'validation.stageOrder' }],
      });
    }
    for (const [position, id] of stageIds.entries()) {
      await tx.db.update(jobStages).set({ position }).where(eq(jobStages.id, id));
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'stage.reordered',
      target: { type: 'job', id: jobId },
      result: 'success',
      metadata: { from: current.map((stage) => stage.id), to: [...stageIds] },
    });
  });
}
