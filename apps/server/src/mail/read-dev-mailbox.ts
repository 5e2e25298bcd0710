import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/database.ts';
import { devMailMessages } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';

const summaryColumns = {
  id: devMailMessages.id,
  from: devMailMessages.from,
  to: devMailMessages.to,
  subject: devMailMessages.subject,
  receivedAt: devMailMessages.receivedAt,
};

/** The caught mail sent for the actor's organization, newest first (at most 200). */
export async function listDevMail(db: Db, actor: Actor) {
  return db
    .select(summaryColumns)
    .from(devMailMessages)
    .where(eq(devMailMessages.organizationId, actor.organizationId))
    .orderBy(desc(devMailMessages.receivedAt), desc(devMailMessages.id))
    .limit(200);
}

/** One caught message of the actor's organization with its bodies; NOT_FOUND for any other. */
export async function getDevMail(db: Db, actor: Actor, messageId: string) {
  const [message] = await db
    .select({
      ...summaryColumns,
      text: devMailMessages.text,
      html: devMailMessages.html,
      calendar: devMailMessages.calendar,
    })
    .from(devMailMessages)
    .where(and(eq(devMailMessages.id, messageId), eq(devMailMessages.organizationId, actor.organizationId)));
  if (!message) throw new AppError(AppErrorCode.NotFound);
  return message;
}
