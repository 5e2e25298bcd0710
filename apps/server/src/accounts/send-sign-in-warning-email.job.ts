import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../db/schema.ts';
import { defineJob } from '../jobs/job-definition.ts';
import { renderSignInWarningEmail } from '../mail/templates/sign-in-warning-email.ts';
import type { Services } from '../services.ts';

/**
 * Tells a user that their password is being guessed (many failed sign-ins within the hour). Enqueued at
 * most once per user and hour (`enqueueOncePerSlot`), so a long attack sends one message an hour, not
 * one per attempt. Idempotent: the Message-ID is stable per user and slot, and a deactivated user gets
 * nothing.
 */
export const sendSignInWarningEmail = defineJob({
  name: 'send-sign-in-warning-email-v1',
  payload: z.object({ userId: z.uuid(), failures: z.number().int(), slot: z.string() }),
  retry: { limit: 5, delaySeconds: 30, backoff: true },
  // One SMTP send, which the mailer's timeouts keep well under a minute.
  expireInSeconds: 60,
  concurrency: 4,
  async handle({ userId, failures, slot }, { database, mailer, config }: Services, run) {
    const [user] = await database.db
      .select({
        email: users.email,
        name: users.name,
        language: users.language,
        organizationId: users.organizationId,
        active: users.active,
      })
      .from(users)
      .where(eq(users.id, userId));
    if (!user?.active) {
      run.logger.info('sign-in warning skipped: the user is gone or deactivated');
      return;
    }
    const email = renderSignInWarningEmail({
      language: user.language,
      name: user.name,
      failures,
      profileLink: `${config.publicUrl}/settings/profile`,
    });
    await mailer.send({
      organizationId: user.organizationId,
      to: user.email,
      messageId: `<sign-in-warning-${userId}-${slot}@parley>`,
      ...email,
    });
  },
});
