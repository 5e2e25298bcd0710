import { and, eq, ne } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { type AuditEvent, recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Database } from '../db/database.ts';
import { sessions, users } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import { clearPasswordAttempts, recordPasswordAttempt } from './log-in.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

/** Input of {@link changePassword}. */
export interface ChangePasswordInput {
  currentPassword: string;
  /** At least 10 characters (checked by the route's schema). */
  newPassword: string;
  /** The session the change is made in: it stays signed in, every other session of the user ends. */
  keepSessionId: string;
  remoteAddress?: string;
}

/**
 * Changes the signed-in user's password after checking the current one. A wrong current password counts
 * like a failed sign-in (the same limit of 10 in 15 minutes), so a borrowed session cannot be used to
 * guess it. Success signs the user out everywhere else and is recorded in the audit log.
 */
export async function changePassword(
  database: Database,
  actor: Actor,
  input: ChangePasswordInput,
): Promise<void> {
  const [user] = await database.db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId))
    .limit(1);
  if (!user) throw new AppError(AppErrorCode.Unauthenticated);
  const auditEvent = (result: AuditEvent['result'], metadata: Record<string, unknown>): AuditEvent => ({
    organizationId: actor.organizationId,
    actorUserId: actor.userId,
    action: 'user.password_changed',
    target: { type: 'user', id: actor.userId },
    result,
    metadata: { ...metadata, remoteAddress: input.remoteAddress },
  });
  await recordPasswordAttempt(database, user.email, input.remoteAddress);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await database.transaction((tx) =>
      recordAuditEvent(tx, auditEvent('failure', { reason: 'wrong_current_password' })),
    );
    throw new AppError(AppErrorCode.ValidationFailed, {
      details: [{ path: 'currentPassword', message: 'validation.currentPassword' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await database.transaction(async (tx) => {
    await tx.db.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    await tx.db
      .delete(sessions)
      .where(and(eq(sessions.userId, actor.userId), ne(sessions.id, input.keepSessionId)));
    await clearPasswordAttempts(tx, user.email);
    await recordAuditEvent(tx, auditEvent('success', {}));
  });
}
