import type { InterviewMessageResponse } from '@parley/api-contract';
import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { interviewMessages } from '../../db/interview-message-schema.ts';
import { interviews } from '../../db/interview-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';

/**
 * The e-mails sent about an interview of the actor's organization, newest first: who got which kind for
 * which version, and what the mail server answered (so a bounce shows on the interview). NOT_FOUND for
 * an interview of another organization.
 */
export async function listInterviewMessages(
  db: Db,
  actor: Actor,
  interviewId: string,
): Promise<InterviewMessageResponse[]> {
  const [interview] = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.organizationId, actor.organizationId)));
  if (!interview) throw new AppError(AppErrorCode.NotFound);
  const rows = await db
    .select()
    .from(interviewMessages)
    .where(eq(interviewMessages.interviewId, interviewId))
    .orderBy(
      desc(interviewMessages.interviewVersion),
      desc(interviewMessages.createdAt),
      interviewMessages.role,
    );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    role: row.role,
    recipientName: row.recipientName,
    recipientEmail: row.recipientEmail,
    version: row.interviewVersion,
    state: row.state,
    attempts: row.attempts,
    smtpResponse: row.smtpResponse,
    createdAt: row.createdAt.toISOString(),
    settledAt: row.settledAt?.toISOString() ?? null,
  }));
}
