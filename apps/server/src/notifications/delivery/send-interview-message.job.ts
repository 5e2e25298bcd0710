import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { interviewMessages } from '../../db/interview-message-schema.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import type { Services } from '../../services.ts';
import { interviewSnapshotSchema } from '../invitations/interview-snapshot.ts';
import { interviewChanges } from '../invitations/plan-interview-messages.ts';
import { renderInterviewMessage } from '../invitations/render-interview-message.ts';

type MessageRow = typeof interviewMessages.$inferSelect;
type SendServices = Pick<Services, 'database' | 'mailer' | 'secretBox' | 'config'>;

const retry = { limit: 6, delaySeconds: 30, backoff: true };

/** What nodemailer's error says about the SMTP exchange. */
function smtpAnswerOf(error: unknown): { code: number | null; text: string } {
  const { responseCode, response, message } = (error ?? {}) as {
    responseCode?: unknown;
    response?: unknown;
    message?: unknown;
  };
  const code = typeof responseCode === 'number' ? responseCode : null;
  return { code, text: String(response ?? message ?? error).slice(0, 500) };
}

/** Renders the message from what was recorded with it, so every try says the same. */
async function renderRecorded(row: MessageRow, services: SendServices) {
  const snapshot = interviewSnapshotSchema.parse(row.snapshot);
  const people = [snapshot.candidate, ...snapshot.interviewers, snapshot.recruiter];
  const person = people.find((entry) => row.recipientKey.endsWith(entry.id));
  if (!person) throw new Error(`interview message ${row.id} names nobody on its snapshot`);
  const { id, name, email, language, timeZone } = person;
  const sealed = snapshot.meeting?.sealedPasscode;
  const sealedPhone = snapshot.meeting?.sealedPhonePasscode;
  return renderInterviewMessage({
    snapshot,
    recipient: { key: row.recipientKey, role: row.role, reader: { id, name, email, language, timeZone } },
    kind: row.kind,
    changes: z.array(z.enum(interviewChanges)).parse(row.changes),
    removed: row.removed,
    previousStartAt: row.previousStartAt?.toISOString() ?? null,
    passcode: sealed ? services.secretBox.open(sealed) : null,
    phonePasscode: sealedPhone ? services.secretBox.open(sealedPhone) : null,
    publicUrl: services.config.publicUrl,
    now: row.createdAt,
    template: row.template,
  });
}

/**
 * Sends one interview message (invitation, update or cancellation with its calendar file) and records
 * the mail server's answer in the message history. A temporary failure (no connection, a 4xx) is retried
 * with backoff; a refusal for good (a 5xx such as `550 mailbox unavailable`) is recorded as failed at
 * once, for the interview page to show. A message already delivered or failed is not sent again, and the
 * stable Message-ID lets a server drop the duplicate of a send whose answer was lost.
 */
export const sendInterviewMessageJob = defineJob({
  name: 'send-interview-message-v1',
  payload: z.object({ messageId: z.uuid() }),
  retry,
  // One render (well under a second) and one SMTP send, bounded by the mailer's timeouts.
  expireInSeconds: 60,
  concurrency: 8,
  async handle({ messageId }, services: SendServices, run) {
    const { database, mailer } = services;
    const [row] = await database.db
      .select()
      .from(interviewMessages)
      .where(eq(interviewMessages.id, messageId));
    if (!row || row.state === 'delivered' || row.state === 'failed') return;
    const rendered = await renderRecorded(row, services);
    const record = (state: MessageRow['state'], smtpResponse: string, settled: boolean) =>
      database.db
        .update(interviewMessages)
        .set({ state, smtpResponse, attempts: row.attempts + 1, settledAt: settled ? new Date() : null })
        .where(eq(interviewMessages.id, messageId));
    try {
      const sent = await mailer.send({
        organizationId: row.organizationId,
        to: row.recipientEmail,
        messageId: `<interview-message-${row.id}@parley>`,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        calendar: {
          ...rendered.calendar,
          filename: rendered.calendar.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
        },
      });
      await record('delivered', sent.response, true);
    } catch (error) {
      const answer = smtpAnswerOf(error);
      const permanent = answer.code !== null && answer.code >= 500;
      const last = permanent || run.retryCount >= retry.limit;
      await record(last ? 'failed' : 'retrying', answer.text, last);
      run.logger.warn({ messageId, smtpCode: answer.code, permanent }, 'interview message not delivered');
      if (!last) throw error;
    }
  },
});
