import type { JobStatus } from '@parley/api-contract';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { jobs } from '../../db/recruiting-schema.ts';
import { findJob, missingOrConflict } from '../recruiting-access.ts';

/**
 * Closes a job (no new applications; the pipeline stays readable and movable) or reopens it. Closing a
 * closed job, or reopening an open one, changes nothing and records nothing.
 */
export async function changeJobStatus(
  database: Database,
  actor: Actor,
  jobId: string,
  status: JobStatus,
  version: number,
): Promise<void> {
  await database.transaction(async (tx) => {
    const job = await findJob(tx.db, actor, jobId, { forUpdate: true });
    if (job.version !== version) throw missingOrConflict(true);
    if (job.status === status) return;
    await tx.db
      .update(jobs)
      .set({
        status,
        closedAt: status === 'closed' ? new Date() : null,
        version: sql`${jobs.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(jobs.id, jobId), eq(jobs.organizationId, actor.organizationId)));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: status === 'closed' ? 'job.closed' : 'job.reopened',
      target: { type: 'job', id: jobId },
      result: 'success',
    });
  });
}
