import type { UpdateJobInput } from '@parley/api-contract';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { jobs } from '../../db/recruiting-schema.ts';
import { findJob, missingOrConflict } from '../recruiting-access.ts';
import { replaceHiringTeam } from './hiring-team.ts';

/**
 * Changes a job's title, department, location, employment type or hiring team. `version` is the version
 * the editor read: when someone changed the job since, EDIT_CONFLICT and nothing is written.
 */
export async function updateJob(
  database: Database,
  actor: Actor,
  jobId: string,
  { version, hiringTeam, ...fields }: UpdateJobInput,
): Promise<void> {
  await database.transaction(async (tx) => {
    const [updated] = await tx.db
      .update(jobs)
      .set({ ...fields, version: sql`${jobs.version} + 1`, updatedAt: new Date() })
      .where(
        and(eq(jobs.id, jobId), eq(jobs.organizationId, actor.organizationId), eq(jobs.version, version)),
      )
      .returning({ id: jobs.id });
    if (!updated) {
      throw missingOrConflict(
        await findJob(tx.db, actor, jobId).then(
          () => true,
          () => false,
        ),
      );
    }
    if (hiringTeam) await replaceHiringTeam(tx, actor, jobId, hiringTeam);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'job.updated',
      target: { type: 'job', id: jobId },
      result: 'success',
      metadata: { fields: [...Object.keys(fields), ...(hiringTeam ? ['hiringTeam'] : [])] },
    });
  });
}
