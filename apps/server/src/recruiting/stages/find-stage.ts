import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { jobStages } from '../../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';

/** A stage row as stored. */
export type StageRow = typeof jobStages.$inferSelect;

/** The stage `stageId` of job `jobId` (whose access was checked); NOT_FOUND when it belongs elsewhere. */
export async function findStage(db: Db, jobId: string, stageId: string): Promise<StageRow> {
  const [stage] = await db
    .select()
    .from(jobStages)
    .where(and(eq(jobStages.id, stageId), eq(jobStages.jobId, jobId)));
  if (!stage) throw new AppError(AppErrorCode.NotFound);
  return stage;
}
