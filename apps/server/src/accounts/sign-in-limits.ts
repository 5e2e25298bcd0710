import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { loginAttempts } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';

/**
 * Failed password checks are counted in the database (`login_attempts`, one row per failure), so the
 * limits hold across instances. Two limits, neither of which lets a stranger lock anyone out for long:
 * - per e-mail address *and* client address: 10 failures within 15 minutes, then that client waits until
 *   the oldest leaves the window; the owner signing in from elsewhere is not affected;
 * - per e-mail address from everywhere: after 30 failures within an hour, every further attempt waits a
 *   minute after the latest failure. A guesser spreading over many addresses gets one try a minute; the
 *   owner gets in within a minute.
 * Successful checks are not counted, so any number of correct sign-ins may run at once.
 */
export const signInLimits = {
  perClientFailures: 10,
  perClientWindowMs: 15 * 60_000,
  perEmailFailures: 30,
  perEmailWindowMs: 60 * 60_000,
  perEmailBackoffMs: 60_000,
  /** Failures (from everywhere, within the hour) after which the account's owner is told by e-mail. */
  warnOwnerAfterFailures: 10,
} as const;

/** Rows older than this count towards no limit. */
export const signInFailureRetentionMs = signInLimits.perEmailWindowMs;

/** What the limits need to know about an attempt. */
export interface SignInAttempt {
  /** Normalized. */
  email: string;
  clientAddress: string | undefined;
}

/**
 * Refuses the attempt with 429 TOO_MANY_ATTEMPTS (and `meta.retryAfterSeconds`) when either limit is
 * reached; call it before the password is checked, so a refused attempt costs no hashing.
 */
export async function checkSignInLimits(db: Db, attempt: SignInAttempt, now = Date.now()): Promise<void> {
  const clientWindowStart = new Date(now - signInLimits.perClientWindowMs);
  const emailWindowStart = new Date(now - signInLimits.perEmailWindowMs);
  const client = attempt.clientAddress ?? null;
  const [counts] = await db
    .select({
      fromClient:
        sql<number>`count(*) filter (where ${loginAttempts.remoteAddress} is not distinct from ${client} and ${loginAttempts.at} > ${clientWindowStart})`.mapWith(
          Number,
        ),
      oldestFromClient:
        sql<Date | null>`min(${loginAttempts.at}) filter (where ${loginAttempts.remoteAddress} is not distinct from ${client} and ${loginAttempts.at} > ${clientWindowStart})`.mapWith(
          loginAttempts.at,
        ),
      fromEverywhere: sql<number>`count(*)`.mapWith(Number),
      latest: sql<Date | null>`max(${loginAttempts.at})`.mapWith(loginAttempts.at),
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, attempt.email), sql`${loginAttempts.at} > ${emailWindowStart}`));
  if (!counts) return;
  if (counts.fromClient >= signInLimits.perClientFailures && counts.oldestFromClient) {
    const freeAt = counts.oldestFromClient.getTime() + signInLimits.perClientWindowMs;
    throw tooManyAttempts(freeAt - now, 'client');
  }
  if (counts.fromEverywhere >= signInLimits.perEmailFailures && counts.latest) {
    const freeAt = counts.latest.getTime() + signInLimits.perEmailBackoffMs;
    if (freeAt > now) throw tooManyAttempts(freeAt - now, 'email');
  }
}

function tooManyAttempts(waitMs: number, limit: 'client' | 'email'): AppError {
  return new AppError(AppErrorCode.TooManyAttempts, {
    meta: { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), limit },
  });
}

/** Counts a failed password check; returns the e-mail's failures (from everywhere) within the hour. */
export async function recordSignInFailure(db: Db, attempt: SignInAttempt, now = Date.now()): Promise<number> {
  await db.insert(loginAttempts).values({
    email: attempt.email,
    remoteAddress: attempt.clientAddress ?? null,
    at: new Date(now),
  });
  const [failures] = await db
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, attempt.email),
        sql`${loginAttempts.at} > ${new Date(now - signInLimits.perEmailWindowMs)}`,
      ),
    );
  return failures?.total ?? 0;
}

/** After a correct password: the failures of this e-mail from this client no longer count. */
export async function clearSignInFailures(db: Db, attempt: SignInAttempt): Promise<void> {
  await db
    .delete(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, attempt.email),
        sql`${loginAttempts.remoteAddress} is not distinct from ${attempt.clientAddress ?? null}`,
      ),
    );
}

/** Lifts both limits for an e-mail address (an admin's unlock). */
export async function clearAllSignInFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.email, email));
}

/** Deletes failures too old to count towards any limit; returns how many. */
export async function deleteStaleSignInFailures(db: Db, now = Date.now()): Promise<number> {
  const deleted = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.at, new Date(now - signInFailureRetentionMs)))
    .returning({ id: loginAttempts.id });
  return deleted.length;
}
