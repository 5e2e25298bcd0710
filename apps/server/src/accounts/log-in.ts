import { normalizeEmail } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { users } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import type { Services } from '../services.ts';
import { checkCurrentPassword } from './check-current-password.ts';
import { createSession } from './sessions.ts';
import { clearSignInFailures } from './sign-in-limits.ts';

/** Input of {@link logIn}. */
export interface LogInInput {
  email: string;
  password: string;
  /** The client's address (`request.ip`): the sign-in limits count per e-mail and client address. */
  remoteAddress?: string;
}

/**
 * Checks e-mail and password and starts a session. The check runs within the sign-in limits (see
 * `checkCurrentPassword`): only failures count, so any number of correct sign-ins may run at once, and a
 * success clears the failures of this e-mail from this client.
 */
export async function logIn(
  services: Pick<Services, 'database' | 'config' | 'passwordWork' | 'queue' | 'logger'>,
  input: LogInInput,
): Promise<{ token: string; userId: string; organizationId: string }> {
  const { database } = services;
  const attempt = { email: normalizeEmail(input.email), clientAddress: input.remoteAddress };
  const { owner: user, matches: passwordMatches } = await checkCurrentPassword(
    services,
    attempt,
    async () => {
      const [found] = await database.db.select().from(users).where(eq(users.email, attempt.email)).limit(1);
      return found ?? null;
    },
    input.password,
  );
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
    await clearSignInFailures(tx.db, attempt);
    const session = await createSession(tx.db, user.id, services.config.sessionTtlDays);
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
