import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Transaction } from '../../db/database.ts';
import { applications } from '../../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { missingOrConflict, visibleJobCondition } from '../recruiting-access.ts';

/**
 * Locks an application of the actor's organization for a change based on `version`: NOT_FOUND for
 * another organization's id, EDIT_CONFLICT when someone changed it since the client read it.
 */
export async function lockApplication(tx: Transaction, actor: Actor, applicationId: string, version: number) {
  const [application] = await tx.db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.id, applicationId),
        eq(applications.organizationId, actor.organizationId),
        visibleJobCondition(actor, applications.jobId),
      ),
    )
    .for('update');
  if (!application) throw new AppError(AppErrorCode.NotFound);
  if (application.version !== version) throw missingOrConflict(true);
  return application;
}
