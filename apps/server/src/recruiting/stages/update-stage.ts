import type { UpdateStageInput } from '@parley/api-contract';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { jobStages } from '../../db/recruiting-schema.ts';
import { assertActiveMembers, findJob, missingOrConflict } from '../recruiting-access.ts';
import { withoutUndefined } from '../without-undefined.ts';
import { findStage } from './find-stage.ts';

/**
 * Renames a stage or changes its interview defaults (interview stage or not, duration, interviewers,
 * location, Zoom on by default, Zoom meeting settings, topic template). `version` is the version the
 * editor read: when someone changed the stage since, EDIT_CONFLICT and nothing is written.
 */
export async function updateStage(
  database: Database,
  actor: Actor,
  jobId: string,
  stageId: string,
  { version, ...input }: UpdateStageInput,
): Promise<void> {
  await database.transaction(async (tx) => {
    await findJob(tx.db, actor, jobId, { forUpdate: true });
    const before = await findStage(tx.db, jobId, stageId);
    if (before.version !== version) throw missingOrConflict(true);
    if (input.defaultInterviewerIds) {
      await assertActiveMembers(tx.db, actor, input.defaultInterviewerIds, 'defaultInterviewerIds');
    }
    const changes = withoutUndefined(input);
    if (Object.keys(changes).length === 0) return;
    await tx.db
      .update(jobStages)
      .set({ ...changes, version: sql`${jobStages.version} + 1` })
      .where(eq(jobStages.id, stageId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'stage.updated',
      target: { type: 'job', id: jobId },
      result: 'success',
      metadata: {
        stageId,
        fields: Object.keys(changes),
        ...(changes.name && changes.name !== before.name ? { from: before.name, to: changes.name } : {}),
      },
    });
  });
}
