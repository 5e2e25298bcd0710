import type { CreateJobInput } from '@parley/api-contract';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { jobStages, jobs } from '../../db/recruiting-schema.ts';
import { defaultStages, newStageDefaults } from '../stages/default-stages.ts';
import { replaceHiringTeam } from './hiring-team.ts';

/** What a new job needs; the defaults are applied by the request schema. */
export type NewJob = Required<Omit<CreateJobInput, 'language'>> & Pick<CreateJobInput, 'language'>;

/**
 * Creates an open job with the default pipeline in the job's language (the creator's when not given)
 * and its hiring team. Returns the job's id.
 */
export async function createJob(database: Database, actor: Actor, input: NewJob): Promise<string> {
  const language = input.language ?? actor.language;
  return database.transaction(async (tx) => {
    const [job] = await tx.db
      .insert(jobs)
      .values({
        organizationId: actor.organizationId,
        title: input.title,
        department: input.department,
        location: input.location,
        employmentType: input.employmentType,
        language,
      })
      .returning({ id: jobs.id });
    const jobId = job!.id;
    await tx.db.insert(jobStages).values(
      defaultStages(language).map((stage, position) => ({
        ...newStageDefaults(language),
        ...stage,
        organizationId: actor.organizationId,
        jobId,
        position,
      })),
    );
    await replaceHiringTeam(tx, actor, jobId, input.hiringTeam);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'job.created',
      target: { type: 'job', id: jobId },
      result: 'success',
      metadata: { title: input.title },
    });
    return jobId;
  });
}
