import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { applications } from '../../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { lockApplication } from './lock-application.ts';

/** How an application ends before a hire: the organization rejects it or the candidate withdraws. */
export type ApplicationClosing = 'rejected' | 'withdrawn';

/**
 * Rejects or withdraws an active application with a reason. It keeps its stage, so a reopen returns it
 * there; the reason is kept on the application and in the audit log.
 */
export async function closeApplication(
  database: Database,
  actor: Actor,
  applicationId: string,
  closing: ApplicationClosing,
  { reason, version }: { reason: string; version: number },
): Promise<void> {
  await database.transaction(async (tx) => {
    const application = await lockApplication(tx, actor, applicationId, version);
    if (application.status !== 'active') throw new AppError(AppErrorCode.ApplicationNotActive);
    await tx.db
      .update(applications)
      .set({
        status: closing,
        closedReason: reason,
        closedAt: new Date(),
        version: sql`${applications.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(applications.id, applicationId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: closing === 'rejected' ? 'application.rejected' : 'application.withdrawn',
      target: { type: 'application', id: applicationId },
      result: 'success',
      metadata: { reason, stageId: application.stageId },
    });
  });
}
