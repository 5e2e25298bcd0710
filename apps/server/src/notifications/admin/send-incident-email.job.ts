import { and, eq, notInArray } from 'drizzle-orm';
import { z } from 'zod';
import { adminIncidents, notificationEmailOptOuts } from '../../db/notification-schema.ts';
import { organizations, users } from '../../db/schema.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import type { Services } from '../../services.ts';
import { loadIncidentHostLabels } from './incident-host-labels.ts';
import { listIncidentInterviews } from './list-incident-interviews.ts';
import { renderIncidentEmail } from './render-incident-email.ts';

/**
 * E-mails an incident to the organization's active admins, once, each in their language and zone, leaving
 * out those who turned this kind off (Settings → Profile). Queued when the incident opens; a run before
 * `NOTIFICATION_DIGEST_SECONDS` have passed queues itself again for that moment, so the e-mail lists every
 * interview the cause hit by then. Nothing is sent for an
 * incident already resolved (the cause went away before anyone had to act) or already e-mailed. A retry
 * after a partial send repeats the sends with the same Message-ID per recipient, so receivers can drop the
 * duplicate.
 */
export const sendIncidentEmail = defineJob({
  name: 'send-admin-incident-email-v1',
  payload: z.object({ incidentId: z.uuid() }),
  retry: { limit: 5, delaySeconds: 30, backoff: true },
  // A few SMTP sends (the organization's admins), each bounded by the mailer's timeouts.
  expireInSeconds: 2 * 60,
  concurrency: 4,
  async handle({ incidentId }, services: Pick<Services, 'database' | 'mailer' | 'config' | 'queue'>, run) {
    const { database, mailer, config } = services;
    const [incident] = await database.db
      .select({
        organizationId: adminIncidents.organizationId,
        kind: adminIncidents.kind,
        facts: adminIncidents.facts,
        resolvedAt: adminIncidents.resolvedAt,
        emailedAt: adminIncidents.emailedAt,
        openedAt: adminIncidents.openedAt,
        organizationName: organizations.name,
      })
      .from(adminIncidents)
      .innerJoin(organizations, eq(organizations.id, adminIncidents.organizationId))
      .where(eq(adminIncidents.id, incidentId));
    if (!incident || incident.resolvedAt || incident.emailedAt) {
      run.logger.info({ incidentId }, 'incident e-mail not needed: gone, resolved or sent');
      return;
    }
    const digestEndsAt = incident.openedAt.getTime() + config.notificationDigestSeconds * 1000;
    if (digestEndsAt > Date.now()) {
      const startAfterSeconds = Math.ceil((digestEndsAt - Date.now()) / 1000);
      await database.transaction((tx) =>
        services.queue.enqueue(tx, sendIncidentEmail, { incidentId }, { startAfterSeconds }),
      );
      return;
    }
    const optedOut = database.db
      .select({ userId: notificationEmailOptOuts.userId })
      .from(notificationEmailOptOuts)
      .where(eq(notificationEmailOptOuts.kind, incident.kind));
    const recipients = await database.db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        language: users.language,
        timeZone: users.timeZone,
      })
      .from(users)
      .where(
        and(
          eq(users.organizationId, incident.organizationId),
          eq(users.role, 'admin'),
          eq(users.active, true),
          notInArray(users.id, optedOut),
        ),
      );
    const interviews = (await listIncidentInterviews(database.db, [incidentId])).get(incidentId) ?? [];
    const hostLabels = await loadIncidentHostLabels(database.db, incident.organizationId, [incident.facts]);
    for (const recipient of recipients) {
      const email = renderIncidentEmail({
        language: recipient.language,
        timeZone: recipient.timeZone,
        recipientName: recipient.name,
        organizationName: incident.organizationName,
        facts: hostLabels.relabel(incident.facts, recipient.language),
        interviews,
        publicUrl: config.publicUrl,
      });
      await mailer.send({
        organizationId: incident.organizationId,
        to: recipient.email,
        messageId: `<admin-incident-${incidentId}-${recipient.id}@parley>`,
        ...email,
      });
    }
    await database.db
      .update(adminIncidents)
      .set({ emailedAt: new Date() })
      .where(eq(adminIncidents.id, incidentId));
    run.logger.info(
      { incidentId, recipients: recipients.length, interviews: interviews.length },
      'incident e-mailed',
    );
  },
});
