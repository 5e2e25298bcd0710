import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { organizations, users } from '../../db/schema.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import { renderAdminLinkUsedEmail } from '../../mail/templates/admin-link-used-email.ts';
import type { Services } from '../../services.ts';

/**
 * Tells the Parley admin who created a Zoom admin link that it was used, and by which Zoom user: the link
 * works without a Parley login, so otherwise nobody learns who connected the organization, or that someone
 * did it unexpectedly. Enqueued in the transaction that uses the link; the payload carries the facts of that
 * moment. Idempotent: one Message-ID per link, and a deactivated creator gets nothing.
 */
export const notifyAdminLinkUsed = defineJob({
  name: 'notify-zoom-admin-link-used-v1',
  payload: z.object({
    adminLinkId: z.uuid(),
    organizationId: z.uuid(),
    createdByUserId: z.uuid(),
    zoomUserEmail: z.string(),
    outcome: z.enum(['connected', 'scopes_missing']),
  }),
  retry: { limit: 5, delaySeconds: 30, backoff: true },
  // One SMTP send, which the mailer's timeouts keep well under a minute.
  expireInSeconds: 60,
  concurrency: 2,
  async handle(payload, { database, mailer, config }: Pick<Services, 'database' | 'mailer' | 'config'>, run) {
    const [recipient] = await database.db
      .select({
        email: users.email,
        name: users.name,
        language: users.language,
        active: users.active,
        organizationName: organizations.name,
      })
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .where(eq(users.id, payload.createdByUserId));
    if (!recipient?.active) {
      run.logger.info('admin link notice skipped: its creator is gone or deactivated');
      return;
    }
    const email = renderAdminLinkUsedEmail({
      language: recipient.language,
      recipientName: recipient.name,
      organizationName: recipient.organizationName,
      zoomUserEmail: payload.zoomUserEmail,
      outcome: payload.outcome,
      link: `${config.publicUrl}/settings/zoom`,
    });
    await mailer.send({
      organizationId: payload.organizationId,
      to: recipient.email,
      messageId: `<zoom-admin-link-used-${payload.adminLinkId}@parley>`,
      ...email,
    });
  },
});
