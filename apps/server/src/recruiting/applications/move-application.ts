import type { Actor } from '../../actor.ts';
import type { Database } from '../../db/database.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { findStage } from '../stages/find-stage.ts';
import { lockApplication, writeApplicationChange } from './lock-application.ts';

/**
 * Moves an active application to another stage of its job and records the move (who, when, from, to) in
 * the audit log, which is the application's history. A rejected or withdrawn application must be
 * reopened first (APPLICATION_NOT_ACTIVE).
 */
export async function moveApplication(
  database: Database,
  actor: Actor,
  applicationId: string,
  { stageId, version }: { stageId: string; version: number },
): Promise<void> {
  await database.transaction(async (tx) => {
    const application = await lockApplication(tx, actor, applicationId, version);
    if (application.status !== 'active') throw new AppError(AppErrorCode.ApplicationNotActive);
    if (application.stageId === stageId) return;
    const [from, to] = await Promise.all([
      findStage(tx.db, application.jobId, application.stageId),
      findStage(tx.db, application.jobId, stageId).catch(() => {
        throw new AppError(AppErrorCode.ValidationFailed, {
          details: [{ path: 'stageId', message: 'validation.unknownStage' }],
        });
      }),
    ]);
    await writeApplicationChange(tx, actor, applicationId, {
      set: { stageId, stageEnteredAt: new Date() },
      action: 'application.moved',
      metadata: { fromStageId: from.id, fromStage: from.name, toStageId: to.id, toStage: to.name },
    });
  });
}
