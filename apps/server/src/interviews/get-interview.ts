import type { InterviewResponse } from '@parley/api-contract';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/database.ts';
import { interviews } from '../db/interview-schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import type { SecretBox } from '../secrets/secret-box.ts';
import { toInterviewViews, visibleTo } from './interview-view.ts';

/** One interview the actor may see; NOT_FOUND otherwise (an interviewer not on it learns nothing). */
export async function getInterview(
  services: { database: { db: Db }; secretBox: SecretBox },
  actor: Actor,
  interviewId: string,
): Promise<InterviewResponse> {
  const db = services.database.db;
  const rows = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), visibleTo(actor)));
  if (rows.length === 0) throw new AppError(AppErrorCode.NotFound);
  const [view] = await toInterviewViews(db, services.secretBox, actor, rows);
  return view!;
}
