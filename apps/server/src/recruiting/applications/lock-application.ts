import type { AuditAction } from '@parley/api-contract';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Transaction } from '../../db/database.ts';
import { applications } from '../../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { missingOrConflict, visibleApplicationCondition } from '../recruiting-access.ts';

/**
 * Locks an application of the actor's organization for a change based on `version`: NOT_FOUND for
 * another organization's id, EDIT_CONFLICT when someone changed it since the client read it.
 */
export async function lockApplication(tx: Transaction, actor: Actor, applicationId: string, version: number) {
  const [application] = await tx.db
    .select()
    .from(applications)
    .where(and(eq(applications.id, applicationId), visibleApplicationCondition(actor)))
    .for('update');
  if (!application) throw new AppError(AppErrorCode.NotFound);
  if (application.version !== version) throw missingOrConflict(true);
  return application;
}

/** A change to an application: its new values and the history entry that tells it. */
export interface ApplicationChange {
  set: Partial<Omit<typeof applications.$inferInsert, 'version' | 'updatedAt'>>;
  action: AuditAction;
  metadata: Record<string, unknown>;
}

/**
 * Writes a change to an application locked with {@link lockApplication} as its next version and records it
 * in the audit log, which is the application's history.
 */
export async function writeApplicationChange(
  tx: Transaction,
  actor: Actor,
  applicationId: string,
  { set, action, metadata }: ApplicationChange,
): Promise<void> {
  await tx.db
    .update(applications)
    .set({ ...set, version: sql`${applications.version} + 1`, updatedAt: new Date() })
    .where(eq(applications.id, applicationId));
  await recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorUserId: actor.userId,
    action,
    target: { type: 'application', id: applicationId },
    result: 'success',
    metadata,
  });
}
