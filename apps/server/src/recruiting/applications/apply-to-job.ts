import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database, Transaction } from '../../db/database.ts';
import { applications, jobStages } from '../../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { findCandidate } from '../candidate-view.ts';
import { findJob } from '../recruiting-access.ts';
import { findStage, type StageRow } from '../stages/find-stage.ts';

/** A candidate's application to a job, at `stageId` or the job's first stage. */
export interface NewApplication {
  candidateId: string;
  jobId: string;
  stageId?: string;
}

/** The stage a new application starts in: the given one of the job, else the job's first. */
export async function entryStage(
  tx: Pick<Transaction, 'db'>,
  jobId: string,
  stageId?: string,
): Promise<StageRow> {
  if (stageId) return findStage(tx.db, jobId, stageId);
  const [first] = await tx.db
    .select()
    .from(jobStages)
    .where(eq(jobStages.jobId, jobId))
    .orderBy(asc(jobStages.position))
    .limit(1);
  if (!first) throw new AppError(AppErrorCode.NotFound);
  return first;
}

/**
 * Adds an application inside `tx` (the candidate's access is the caller's to check). Refuses a closed
 * job (JOB_CLOSED) and a second application of the same candidate to the same job (ALREADY_APPLIED).
 */
export async function insertApplication(
  tx: Transaction,
  actor: Actor,
  input: NewApplication,
): Promise<string> {
  const job = await findJob(tx.db, actor, input.jobId);
  if (job.status === 'closed') throw new AppError(AppErrorCode.JobClosed);
  const stage = await entryStage(tx, input.jobId, input.stageId);
  const [existing] = await tx.db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.jobId, input.jobId), eq(applications.candidateId, input.candidateId)));
  if (existing)
    throw new AppError(AppErrorCode.AlreadyApplied, { meta: { existingApplicationId: existing.id } });
  const [application] = await tx.db
    .insert(applications)
    .values({
      organizationId: actor.organizationId,
      candidateId: input.candidateId,
      jobId: input.jobId,
      stageId: stage.id,
    })
    .returning({ id: applications.id });
  await recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorUserId: actor.userId,
    action: 'application.created',
    target: { type: 'application', id: application!.id },
    result: 'success',
    metadata: { toStageId: stage.id, toStage: stage.name },
  });
  return application!.id;
}

/** A candidate applies to a job (entered by a recruiter or admin). Returns the application's id. */
export async function applyToJob(database: Database, actor: Actor, input: NewApplication): Promise<string> {
  return database.transaction(async (tx) => {
    await findCandidate(tx.db, actor, input.candidateId);
    return insertApplication(tx, actor, input);
  });
}
