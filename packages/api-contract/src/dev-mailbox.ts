import { z } from 'zod';
import { instantSchema } from './common.ts';

/** Schemas of the development mailbox (mail caught by the embedded SMTP server; docs/api.md). */
export const mailboxMessageSummarySchema = z.object({
  id: z.uuid(),
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  receivedAt: instantSchema,
});
export type MailboxMessageSummary = z.infer<typeof mailboxMessageSummarySchema>;

/** `GET /api/dev/mailbox`, newest first. */
export const mailboxMessageListSchema = z.object({ messages: z.array(mailboxMessageSummarySchema) });

/** `GET /api/dev/mailbox/:id`: one message with its text and HTML bodies and its calendar part. */
export const mailboxMessageSchema = mailboxMessageSummarySchema.extend({
  text: z.string(),
  html: z.string().nullable(),
  /** The `text/calendar` part of an interview invitation, update or cancellation. */
  calendar: z.string().nullable(),
});
export type MailboxMessage = z.infer<typeof mailboxMessageSchema>;
