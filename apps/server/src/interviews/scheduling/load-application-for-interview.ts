import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { applications, candidates, jobStages, jobs } from '../../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';

/**
 * An application with its candidate, job and current stage, refused unless an interview can be scheduled
 * for it: active, in an interview stage, of an open job.
 */
export async function loadSchedulableApplication(db: Db, organizationId: string, applicationId: string) {
  const [row] = await db
    .select({ application: applications, candidate: candidates, job: jobs, stage: jobStages })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)));
  if (!row) throw new AppError(AppErrorCode.NotFound);
  if (row.application.status !== 'active' || !row.stage.isInterview || row.job.status !== 'open') {
    throw new AppError(AppErrorCode.InterviewNotSchedulable);
  }
  return row;
}
