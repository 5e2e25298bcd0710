import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { applications } from '../../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { findStage } from '../stages/find-stage.ts';
import { lockApplication } from './lock-application.ts';

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
    await tx.db
      .update(applications)
      .set({
        stageId,
        stageEnteredAt: new Date(),
        version: sql`${applications.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(applications.id, applicationId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'application.moved',
      target: { type: 'application', id: applicationId },
      result: 'success',
      metadata: { fromStageId: from.id, fromStage: from.name, toStageId: to.id, toStage: to.name },
    });
  });
}
