import type { Job, Stage } from '@parley/api-contract';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { applications, jobMembers, jobStages } from '../../db/recruiting-schema.ts';
import { users } from '../../db/schema.ts';
import { findJob, type JobRow } from '../recruiting-access.ts';

/** A job with its hiring team and its stages (with their counts of active applications). */
export async function getJob(db: Db, actor: Actor, jobId: string): Promise<Job> {
  const job = await findJob(db, actor, jobId);
  const [hiringTeam, stages] = await Promise.all([listHiringTeam(db, jobId), listStages(db, jobId)]);
  return {
    ...toJobFields(
      job,
      stages.reduce((total, stage) => total + stage.applicationCount, 0),
    ),
    hiringTeam,
    stages,
  };
}

/** The API fields every view of a job shares. */
export function toJobFields(job: JobRow, activeApplicationCount: number) {
  return {
    id: job.id,
    title: job.title,
    department: job.department,
    location: job.location,
    employmentType: job.employmentType,
    status: job.status,
    language: job.language,
    version: job.version,
    createdAt: job.createdAt.toISOString(),
    closedAt: job.closedAt?.toISOString() ?? null,
    activeApplicationCount,
  };
}

async function listHiringTeam(db: Db, jobId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(jobMembers)
    .innerJoin(users, eq(users.id, jobMembers.userId))
    .where(eq(jobMembers.jobId, jobId))
    .orderBy(asc(users.name));
}

/** The stages of a job in pipeline order, each with its number of active applications. */
export async function listStages(db: Db, jobId: string): Promise<Stage[]> {
  const [stages, counts] = await Promise.all([
    db.select().from(jobStages).where(eq(jobStages.jobId, jobId)).orderBy(asc(jobStages.position)),
    db
      .select({ stageId: applications.stageId, total: count() })
      .from(applications)
      .where(and(eq(applications.jobId, jobId), eq(applications.status, 'active')))
      .groupBy(applications.stageId),
  ]);
  const countByStage = new Map(counts.map((row) => [row.stageId, row.total]));
  return stages.map((stage) => ({
    id: stage.id,
    name: stage.name,
    position: stage.position,
    isInterview: stage.isInterview,
    defaultDurationMinutes: stage.defaultDurationMinutes,
    defaultInterviewerIds: stage.defaultInterviewerIds,
    locationKind: stage.locationKind,
    videoDefault: stage.videoDefault,
    zoomMeetingSettings: stage.zoomMeetingSettings,
    topicTemplate: stage.topicTemplate,
    version: stage.version,
    applicationCount: countByStage.get(stage.id) ?? 0,
  }));
}
