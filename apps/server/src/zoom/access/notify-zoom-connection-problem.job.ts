import { zoomStatusReasons } from '@parley/api-contract';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { organizations, users } from '../../db/schema.ts';
import { renderZoomProblemEmail } from '../../i18n/zoom-messages.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import type { Services } from '../../services.ts';
/**
 * Tells the owner of a personal Zoom connection that it broke or was removed in Zoom, so that it is mended
 * before an interview needs it, in their language. (The organization connection's problems are admin
 * incidents now, `notifications/admin/`; jobs of that kind queued before still mail every active admin.) The payload carries the facts of the change, so a later change or a
 * disconnect does not alter what is said. Idempotent enough for at-least-once delivery: each message has a
 * stable Message-ID per change and recipient, so a retried send is recognisable as a duplicate.
 */
export const notifyZoomConnectionProblem = defineJob({
  name: 'notify-zoom-connection-problem-v1',
  payload: z.object({
    connectionId: z.uuid(),
    organizationId: z.uuid(),
    kind: z.enum(['organization', 'personal']),
    /** The owner of a personal connection. */
    userId: z.uuid().nullable(),
    status: z.enum(['needs_reconnect', 'removed_in_zoom']),
    reason: z.enum(zoomStatusReasons).nullable(),
    zoomUserEmail: z.string(),
    changedAt: z.iso.datetime(),
  }),
  retry: { limit: 5, delaySeconds: 30, backoff: true },
  // A few SMTP sends (the organization's admins), each bounded by the mailer's timeouts.
  expireInSeconds: 2 * 60,
  concurrency: 4,
  async handle(payload, services: Pick<Services, 'database' | 'mailer' | 'config'>, run) {
    const { database, mailer, config } = services;
    const [organization] = await database.db
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, payload.organizationId));
    if (!organization) return;
    const recipients = await database.db
      .select({ id: users.id, email: users.email, name: users.name, language: users.language })
      .from(users)
      .where(
        payload.kind === 'organization'
          ? and(
              eq(users.organizationId, payload.organizationId),
              eq(users.role, 'admin'),
              eq(users.active, true),
            )
          : and(eq(users.id, payload.userId ?? ''), eq(users.active, true)),
      );
    const link = `${config.publicUrl}/settings/${payload.kind === 'organization' ? 'zoom' : 'my-zoom'}`;
    const changedAtMs = new Date(payload.changedAt).getTime();
    for (const recipient of recipients) {
      const email = renderZoomProblemEmail({
        language: recipient.language,
        recipientName: recipient.name,
        organizationName: organization.name,
        kind: payload.kind,
        status: payload.status,
        reason: payload.reason,
        zoomUserEmail: payload.zoomUserEmail,
        link,
      });
      await mailer.send({
        organizationId: payload.organizationId,
        to: recipient.email,
        messageId: `<zoom-status-${payload.connectionId}-${changedAtMs}-${recipient.id}@parley>`,
        ...email,
      });
    }
    run.logger.info({ recipients: recipients.length }, 'Zoom connection problem notified');
  },
});
