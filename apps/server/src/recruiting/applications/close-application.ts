import type { Actor } from '../../actor.ts';
import type { Database } from '../../db/database.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { lockApplication, writeApplicationChange } from './lock-application.ts';

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
    await writeApplicationChange(tx, actor, applicationId, {
      set: { status: closing, closedReason: reason, closedAt: new Date() },
      action: closing === 'rejected' ? 'application.rejected' : 'application.withdrawn',
      metadata: { reason, stageId: application.stageId },
    });
  });
}
