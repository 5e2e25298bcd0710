import { desc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { interviewMessages } from '../../db/interview-message-schema.ts';
import type { Services } from '../../services.ts';
import { type InterviewSnapshot, interviewSnapshotSchema } from '../invitations/interview-snapshot.ts';
import { messageTemplateKindOf } from '../invitations/message-template-defaults.ts';
import { loadOrganizationMessageTemplates } from '../invitations/organization-message-templates.ts';
import { type PreviousMessage, planInterviewMessages } from '../invitations/plan-interview-messages.ts';
import { sendInterviewMessageJob } from './send-interview-message.job.ts';

/** The key that makes the same message for the same change a no-op the second time. */
export function messageIdempotencyKey(
  interviewId: string,
  version: number,
  recipientKey: string,
  kind: string,
) {
  return `${interviewId}:${version}:${recipientKey}:${kind}`;
}

/** The last message each person got about the interview (the newest row per recipient). */
async function previousMessages(tx: Transaction, interviewId: string): Promise<PreviousMessage[]> {
  const rows = await tx.db
    .select()
    .from(interviewMessages)
    .where(eq(interviewMessages.interviewId, interviewId))
    .orderBy(desc(interviewMessages.interviewVersion), desc(interviewMessages.createdAt));
  const latest = new Map<string, PreviousMessage>();
  for (const row of rows) {
    if (latest.has(row.recipientKey)) continue;
    const snapshot = interviewSnapshotSchema.parse(row.snapshot);
    const person = [snapshot.candidate, ...snapshot.interviewers, snapshot.recruiter].find((entry) =>
      row.recipientKey.endsWith(entry.id),
    );
    if (!person) continue;
    const { id, name, email, language, timeZone } = person;
    latest.set(row.recipientKey, {
      recipient: { key: row.recipientKey, role: row.role, reader: { id, name, email, language, timeZone } },
      kind: row.kind,
      snapshot,
    });
  }
  return [...latest.values()];
}

/**
 * Records and enqueues the messages a confirmed or cancelled interview version calls for, in the
 * transaction that confirms or cancels it: if that transaction rolls back, nothing is sent; once it
 * commits, each message is a durable job. A message already recorded for the same interview, version,
 * person and kind is not recorded or sent again. The organization's template, if it has one, is kept
 * with the message, so an edit made while it waits does not change what a retry says.
 */
export async function enqueueInterviewMessages(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  snapshot: InterviewSnapshot,
  announcement: 'confirmed' | 'cancelled',
): Promise<number> {
  const previous = await previousMessages(tx, snapshot.interviewId);
  const planned = planInterviewMessages(snapshot, announcement, previous);
  const templates = await loadOrganizationMessageTemplates(tx.db, snapshot.organizationId);
  let enqueued = 0;
  for (const message of planned) {
    const before = previous.find((entry) => entry.recipient.key === message.recipient.key);
    const kind = messageTemplateKindOf(message.recipient.role, message.kind, message.removed);
    const template = templates.find(kind, message.recipient.reader.language);
    const [row] = await tx.db
      .insert(interviewMessages)
      .values({
        organizationId: snapshot.organizationId,
        interviewId: snapshot.interviewId,
        interviewVersion: snapshot.version,
        idempotencyKey: messageIdempotencyKey(
          snapshot.interviewId,
          snapshot.version,
          message.recipient.key,
          message.kind,
        ),
        kind: message.kind,
        role: message.recipient.role,
        recipientKey: message.recipient.key,
        recipientName: message.recipient.reader.name,
        recipientEmail: message.recipient.reader.email,
        snapshot,
        changes: message.changes,
        removed: message.removed,
        previousStartAt: before ? new Date(before.snapshot.startAt) : null,
        template: template ? { subject: template.subject, body: template.body } : null,
      })
      .onConflictDoNothing({ target: interviewMessages.idempotencyKey })
      .returning({ id: interviewMessages.id });
    if (!row) continue;
    await services.queue.enqueue(tx, sendInterviewMessageJob, { messageId: row.id });
    enqueued += 1;
  }
  return enqueued;
}
