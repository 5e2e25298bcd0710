import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { invitations, organizations, users } from '../db/schema.ts';
import { defineJob } from '../jobs/job-definition.ts';
import { renderInvitationEmail } from '../mail/templates/invitation-email.ts';
import type { Services } from '../services.ts';
import { invitationStatus } from './invitation-status.ts';

/**
 * Sends the invitation email. The link token travels sealed with the encryption key, because the job
 * table is not a place for usable secrets. Idempotent: an invitation that was already mailed, or is no
 * longer pending, is skipped, and the stable Message-ID lets a mail server drop a duplicate.
 */
export const sendInvitationEmail = defineJob({
  name: 'send-invitation-email-v1',
  payload: z.object({ invitationId: z.uuid(), sealedToken: z.string() }),
  retry: { limit: 5, delaySeconds: 30, backoff: true },
  // One SMTP send, which the mailer's timeouts keep well under a minute.
  expireInSeconds: 60,
  concurrency: 8,
  async handle(
    { invitationId, sealedToken },
    services: Pick<Services, 'database' | 'mailer' | 'secretBox' | 'config'>,
    run,
  ) {
    const { database, mailer, secretBox, config } = services;
    const [row] = await database.db
      .select({ invitation: invitations, organizationName: organizations.name, inviterName: users.name })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
      .innerJoin(users, eq(users.id, invitations.invitedByUserId))
      .where(eq(invitations.id, invitationId));
    if (!row || row.invitation.emailSentAt || invitationStatus(row.invitation) !== 'pending') {
      run.logger.info('invitation email skipped: already sent or no longer pending');
      return;
    }
    const token = secretBox.open(sealedToken);
    const email = renderInvitationEmail({
      language: row.invitation.language,
      organizationName: row.organizationName,
      inviterName: row.inviterName,
      role: row.invitation.role,
      link: `${config.publicUrl}/invitations/${encodeURIComponent(token)}`,
    });
    await mailer.send({
      organizationId: row.invitation.organizationId,
      to: row.invitation.email,
      messageId: `<invitation-${invitationId}@parley>`,
      ...email,
    });
    await database.db
      .update(invitations)
      .set({ emailSentAt: new Date() })
      .where(and(eq(invitations.id, invitationId), isNull(invitations.emailSentAt)));
  },
});
