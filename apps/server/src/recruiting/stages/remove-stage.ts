import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { applications, jobStages } from '../../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { findJob } from '../recruiting-access.ts';
import { findStage } from './find-stage.ts';

/**
 * Removes a stage. Refused with STAGE_NOT_EMPTY while any application sits in it (rejected and withdrawn
 * ones too: a reopen returns them there), and with LAST_STAGE for a job's only stage.
 */
export async function removeStage(
  database: Database,
  actor: Actor,
  jobId: string,
  stageId: string,
): Promise<void> {
  await database.transaction(async (tx) => {
    await findJob(tx.db, actor, jobId, { forUpdate: true });
    const stage = await findStage(tx.db, jobId, stageId);
    const [occupancy] = await tx.db
      .select({ total: count() })
      .from(applications)
      .where(eq(applications.stageId, stageId));
    if ((occupancy?.total ?? 0) > 0) {
      throw new AppError(AppErrorCode.StageNotEmpty, { meta: { applicationCount: occupancy!.total } });
    }
    const [stages] = await tx.db.select({ total: count() }).from(jobStages).where(eq(jobStages.jobId, jobId));
    if ((stages?.total ?? 0) <= 1) throw new AppError(AppErrorCode.LastStage);
    await tx.db.delete(jobStages).where(eq(jobStages.id, stageId));
    await tx.db
      .update(jobStages)
      .set({ position: sql`${jobStages.position} - 1` })
      .where(and(eq(jobStages.jobId, jobId), gt(jobStages.position, stage.position)));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'stage.removed',
      target: { type: 'job', id: jobId },
      result: 'success',
      metadata: { stageId, name: stage.name },
    });
  });
}
