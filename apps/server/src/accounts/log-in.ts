import { and, count, eq, gt, lt } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Database, Transaction } from '../db/database.ts';
import { loginAttempts, users } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import { normalizeEmail } from './normalize-email.ts';
import { unmatchableHash, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';

/** Failed logins allowed per email address within {@link attemptWindowMs}. */
export const maxFailedAttempts = 10;
const attemptWindowMs = 15 * 60 * 1000;

/**
 * Counts a password check for `email` before it is made, and refuses it (429) when it would be the 11th
 * within 15 minutes. Attempts live in the database, so the limit holds across instances. Sign-in and
 * changing one's password (the current one is checked) share the count.
 */
export async function recordPasswordAttempt(
  database: Database,
  email: string,
  remoteAddress: string | undefined,
): Promise<void> {
  const windowStart = new Date(Date.now() - attemptWindowMs);
  await database.db
    .delete(loginAttempts)
    .where(and(eq(loginAttempts.email, email), lt(loginAttempts.at, windowStart)));
  const [attempt] = await database.db
    .insert(loginAttempts)
    .values({ email, remoteAddress: remoteAddress ?? null })
    .returning({ id: loginAttempts.id });
  const [attempts] = await database.db
    .select({ total: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), gt(loginAttempts.at, windowStart)));
  if ((attempts?.total ?? 0) > maxFailedAttempts) {
    // A refused attempt is not a checked one: it does not extend the lock.
    await database.db.delete(loginAttempts).where(eq(loginAttempts.id, attempt!.id));
    throw new AppError(AppErrorCode.TooManyAttempts);
  }
}

/** Clears the count after a correct password. */
export async function clearPasswordAttempts(tx: Pick<Transaction, 'db'>, email: string): Promise<void> {
  await tx.db.delete(loginAttempts).where(eq(loginAttempts.email, email));
}

/** Input of {@link logIn}. */
export interface LogInInput {
  email: string;
  password: string;
  remoteAddress?: string;
}

/**
 * Checks email and password and starts a session. Failures are counted per email in the database, so
 * the limit holds across instances: each attempt is recorded before the password is checked, and the
 * 11th attempt within 15 minutes is refused without checking. Success clears the count.
 */
export async function logIn(
  services: { database: Database; sessionTtlDays: number },
  input: LogInInput,
): Promise<{ token: string; userId: string; organizationId: string }> {
  const { database } = services;
  const email = normalizeEmail(input.email);
  await recordPasswordAttempt(database, email, input.remoteAddress);

  const [user] = await database.db.select().from(users).where(eq(users.email, email)).limit(1);
  const passwordMatches = await verifyPassword(input.password, user?.passwordHash ?? unmatchableHash);
  if (!user || !passwordMatches || !user.active) {
    if (user) {
      await database.transaction((tx) =>
        recordAuditEvent(tx, {
          organizationId: user.organizationId,
          actorUserId: user.id,
          action: 'auth.login_failed',
          result: 'failure',
          metadata: {
            reason: passwordMatches ? 'deactivated' : 'wrong_password',
            remoteAddress: input.remoteAddress,
          },
        }),
      );
    }
    throw new AppError(AppErrorCode.InvalidCredentials);
  }

  return database.transaction(async (tx) => {
    await clearPasswordAttempts(tx, email);
    const session = await createSession(tx.db, user.id, services.sessionTtlDays);
    await recordAuditEvent(tx, {
      organizationId: user.organizationId,
      actorUserId: user.id,
      action: 'auth.login',
      result: 'success',
      metadata: { remoteAddress: input.remoteAddress },
    });
    return { token: session.token, userId: user.id, organizationId: user.organizationId };
  });
}
