import type { Actor } from '../../actor.ts';
import type { Database } from '../../db/database.ts';
import { lockApplication, writeApplicationChange } from './lock-application.ts';

/** Reopens a rejected or withdrawn application in the stage it left from. Reopening an active one is a no-op. */
export async function reopenApplication(
  database: Database,
  actor: Actor,
  applicationId: string,
  { version }: { version: number },
): Promise<void> {
  await database.transaction(async (tx) => {
    const application = await lockApplication(tx, actor, applicationId, version);
    if (application.status === 'active') return;
    await writeApplicationChange(tx, actor, applicationId, {
      set: { status: 'active', closedReason: '', closedAt: null },
      action: 'application.reopened',
      metadata: { from: application.status, stageId: application.stageId },
    });
  });
}
