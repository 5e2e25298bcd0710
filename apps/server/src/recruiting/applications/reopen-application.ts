import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { applications } from '../../db/recruiting-schema.ts';
import { lockApplication } from './lock-application.ts';

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
    await tx.db
      .update(applications)
      .set({
        status: 'active',
        closedReason: '',
        closedAt: null,
        version: sql`${applications.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(applications.id, applicationId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'application.reopened',
      target: { type: 'application', id: applicationId },
      result: 'success',
      metadata: { from: application.status, stageId: application.stageId },
    });
  });
}
