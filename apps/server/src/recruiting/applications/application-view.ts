import type { Application, ApplicationCard } from '@parley/api-contract';
import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { applications, candidates, jobStages, jobs } from '../../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { type CandidateRow, toCandidateSummary } from '../candidate-view.ts';
import { visibleApplicationCondition } from '../recruiting-access.ts';

/** The columns an application is shown with: its job's title and its stage's name and kind. */
export const applicationColumns = {
  application: applications,
  jobTitle: jobs.title,
  stageName: jobStages.name,
  stageIsInterview: jobStages.isInterview,
};

/** A row selected with {@link applicationColumns}. */
export interface ApplicationRow {
  application: typeof applications.$inferSelect;
  jobTitle: string;
  stageName: string;
  stageIsInterview: boolean;
}

/**
 * Whether an interview can be scheduled for the application: it is active and sits in an interview
 * stage. The web app shows "Schedule interview" only then; the scheduling use cases check it again.
 */
export function canScheduleInterview(row: Pick<ApplicationRow, 'application' | 'stageIsInterview'>): boolean {
  return row.application.status === 'active' && row.stageIsInterview;
}

/** An application as the API shows it. */
export function toApplication(row: ApplicationRow): Application {
  const { application } = row;
  return {
    id: application.id,
    candidateId: application.candidateId,
    jobId: application.jobId,
    jobTitle: row.jobTitle,
    stageId: application.stageId,
    stageName: row.stageName,
    status: application.status,
    closedReason: application.closedReason,
    stageEnteredAt: application.stageEnteredAt.toISOString(),
    canSchedule: canScheduleInterview(row),
    version: application.version,
    createdAt: application.createdAt.toISOString(),
  };
}

/** An application with its candidate, as on the board and in the table. */
export function toApplicationCard(row: ApplicationRow & { candidate: CandidateRow }): ApplicationCard {
  return { ...toApplication(row), candidate: toCandidateSummary(row.candidate) };
}

/** Applications with job and stage, limited to what the actor may see (`where` narrows further). */
export function selectApplications(db: Db, actor: Actor, where: SQL | undefined) {
  return db
    .select(applicationColumns)
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(visibleApplicationCondition(actor), where));
}

/** Cards: applications with their candidates. */
export function selectApplicationCards(db: Db, actor: Actor, where: SQL | undefined) {
  return db
    .select({ ...applicationColumns, candidate: candidates })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(visibleApplicationCondition(actor), where));
}

/** One application the actor may see; NOT_FOUND otherwise. */
export async function findApplication(db: Db, actor: Actor, applicationId: string): Promise<ApplicationRow> {
  const [row] = await selectApplications(db, actor, eq(applications.id, applicationId));
  if (!row) throw new AppError(AppErrorCode.NotFound);
  return row;
}
