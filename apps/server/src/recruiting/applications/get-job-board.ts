import type { ApplicationStatus, Board } from '@parley/api-contract';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { applications, jobStages } from '../../db/recruiting-schema.ts';
import { findJob } from '../recruiting-access.ts';
import { selectApplicationCards, toApplicationCard } from './application-view.ts';

/**
 * A job's pipeline as a board: a column per stage with its count of active applications and its first
 * cards (longest in the stage first), plus the rejected and withdrawn end columns (latest first). Each
 * column is one short index range, so a job with thousands of applications answers quickly; the table
 * view pages through the rest.
 */
export async function getJobBoard(
  db: Db,
  actor: Actor,
  jobId: string,
  cardsPerColumn: number,
): Promise<Board> {
  await findJob(db, actor, jobId);
  const stages = await db
    .select({ id: jobStages.id })
    .from(jobStages)
    .where(eq(jobStages.jobId, jobId))
    .orderBy(asc(jobStages.position));
  const counts = await db
    .select({ status: applications.status, stageId: applications.stageId, total: count() })
    .from(applications)
    .where(eq(applications.jobId, jobId))
    .groupBy(applications.status, applications.stageId);
  const total = (status: ApplicationStatus, stageId?: string) =>
    counts
      .filter((row) => row.status === status && (stageId === undefined || row.stageId === stageId))
      .reduce((sum, row) => sum + row.total, 0);
  const cards = (status: ApplicationStatus, stageId?: string) => {
    if (cardsPerColumn === 0 || total(status, stageId) === 0) return Promise.resolve([]);
    const where = and(
      eq(applications.jobId, jobId),
      eq(applications.status, status),
      stageId ? eq(applications.stageId, stageId) : undefined,
    );
    const order = stageId
      ? [asc(applications.stageEnteredAt), asc(applications.id)]
      : [desc(applications.closedAt), desc(applications.id)];
    return selectApplicationCards(db, actor, where)
      .orderBy(...order)
      .limit(cardsPerColumn)
      .then((rows) => rows.map(toApplicationCard));
  };
  const columns = [];
  for (const stage of stages) {
    columns.push({
      stageId: stage.id,
      count: total('active', stage.id),
      applications: await cards('active', stage.id),
    });
  }
  return {
    columns,
    rejected: { count: total('rejected'), applications: await cards('rejected') },
    withdrawn: { count: total('withdrawn'), applications: await cards('withdrawn') },
  };
}
