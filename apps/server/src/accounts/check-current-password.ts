import type { Services } from '../services.ts';
import { unmatchableHash, verifyPassword } from './passwords.ts';
import { sendSignInWarningEmail } from './send-sign-in-warning-email.job.ts';
import {
  checkSignInLimits,
  recordSignInFailure,
  type SignInAttempt,
  signInLimits,
} from './sign-in-limits.ts';

/** The account a password is checked against. */
interface PasswordOwner {
  id: string;
  passwordHash: string;
}

/**
 * Checks a password the way sign-in and password change both must: refused (429) without hashing when
 * the sign-in limits are reached, hashed within the instance's password-work budget (429 when a client
 * or the whole instance asks for too much), and a wrong password counted as a failure. When the
 * failures for the e-mail reach {@link signInLimits.warnOwnerAfterFailures} within the hour, the owner is
 * told by e-mail, at most once an hour. `loadOwner` (null: unknown e-mail) runs inside the budget too, so
 * a flood is refused before it costs even a database query.
 */
export async function checkCurrentPassword<Owner extends PasswordOwner>(
  services: Pick<Services, 'database' | 'passwordWork' | 'queue' | 'logger'>,
  attempt: SignInAttempt,
  loadOwner: () => Promise<Owner | null>,
  password: string,
): Promise<{ owner: Owner | null; matches: boolean }> {
  const { database, logger } = services;
  const checked = await services.passwordWork.run(attempt.clientAddress, async () => {
    const owner = await loadOwner();
    try {
      await checkSignInLimits(database.db, attempt);
    } catch (error) {
      logger.warn({ userId: owner?.id, clientAddress: attempt.clientAddress }, 'sign-in limited');
      throw error;
    }
    return { owner, matches: await verifyPassword(password, owner?.passwordHash ?? unmatchableHash) };
  });
  const { owner, matches } = checked;
  if (matches) return checked;
  const failures = await recordSignInFailure(database.db, attempt);
  if (owner && failures >= signInLimits.warnOwnerAfterFailures) {
    const slotSeconds = signInLimits.perEmailWindowMs / 1000;
    const slot = String(Math.floor(Date.now() / 1000 / slotSeconds));
    const jobId = await services.queue.enqueueOncePerSlot(
      sendSignInWarningEmail,
      { userId: owner.id, failures, slot },
      { key: `sign-in-warning:${owner.id}`, slotSeconds },
    );
    if (jobId)
      logger.warn({ userId: owner.id, failures }, 'password guessing: the account owner is warned by e-mail');
  }
  return checked;
}
