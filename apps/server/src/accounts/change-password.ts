import { and, eq, ne } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { type AuditEvent, recordAuditEvent } from '../audit/record-audit-event.ts';
import { sessions, users } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import type { Services } from '../services.ts';
import { checkCurrentPassword } from './check-current-password.ts';
import { hashPassword } from './passwords.ts';
import { clearSignInFailures } from './sign-in-limits.ts';

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
 * Changes the signed-in user's password after checking the current one. The current password is checked
 * like a sign-in (the same limits, a wrong one counts as a failure), so a borrowed session cannot be used
 * to guess it; both hashes run within the instance's password-work budget. Success signs the user out
 * everywhere else and is recorded in the audit log.
 */
export async function changePassword(
  services: Pick<Services, 'database' | 'passwordWork' | 'queue' | 'logger'>,
  actor: Actor,
  input: ChangePasswordInput,
): Promise<void> {
  const { database } = services;
  const [user] = await database.db
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash })
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
  const attempt = { email: user.email, clientAddress: input.remoteAddress };
  const { matches } = await checkCurrentPassword(services, attempt, async () => user, input.currentPassword);
  if (!matches) {
    await database.transaction((tx) =>
      recordAuditEvent(tx, auditEvent('failure', { reason: 'wrong_current_password' })),
    );
    throw new AppError(AppErrorCode.ValidationFailed, {
      details: [{ path: 'currentPassword', message: 'validation.currentPassword' }],
    });
  }
  const passwordHash = await services.passwordWork.run(input.remoteAddress, () =>
    hashPassword(input.newPassword),
  );
  await database.transaction(async (tx) => {
    await tx.db.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    await tx.db
      .delete(sessions)
      .where(and(eq(sessions.userId, actor.userId), ne(sessions.id, input.keepSessionId)));
    await clearSignInFailures(tx.db, attempt);
    await recordAuditEvent(tx, auditEvent('success', {}));
  });
}
