import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Database } from '../db/database.ts';
import { users } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import { clearAllSignInFailures } from './sign-in-limits.ts';

/**
 * An admin lifts the sign-in limits of a user of their organization at once (the user called: they are
 * being made to wait because someone guessed at their account). Forgets the user's counted failures from
 * every address; recorded in the audit log.
 */
export async function unlockSignIn(database: Database, actor: Actor, userId: string): Promise<void> {
  await database.transaction(async (tx) => {
    const [user] = await tx.db
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.organizationId, actor.organizationId)));
    if (!user) throw new AppError(AppErrorCode.NotFound);
    await clearAllSignInFailures(tx.db, user.email);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'user.sign_in_unlocked',
      target: { type: 'user', id: userId },
      result: 'success',
    });
  });
}
