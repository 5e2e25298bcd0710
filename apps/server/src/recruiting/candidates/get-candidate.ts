import type { Application, Candidate } from '@parley/api-contract';
import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { applications } from '../../db/recruiting-schema.ts';
import { selectApplications, toApplication } from '../applications/application-view.ts';
import { findCandidate, toCandidate } from '../candidate-view.ts';

/** A candidate with the applications the actor may see (an interviewer: those of their jobs). */
export async function getCandidate(
  db: Db,
  actor: Actor,
  candidateId: string,
): Promise<{ candidate: Candidate; applications: Application[] }> {
  const candidate = await findCandidate(db, actor, candidateId);
  const rows = await selectApplications(db, actor, eq(applications.candidateId, candidateId)).orderBy(
    desc(applications.createdAt),
  );
  return { candidate: toCandidate(candidate), applications: rows.map(toApplication) };
}
