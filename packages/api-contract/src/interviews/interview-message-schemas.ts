import { z } from 'zod';
import { instantSchema } from '../common.ts';
import {
  interviewMessageKinds,
  interviewMessageRoles,
  interviewMessageStates,
} from './interview-message-values.ts';

/** One e-mail about an interview, as the message history shows it to editors. */
export const interviewMessageSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(interviewMessageKinds),
    role: z.enum(interviewMessageRoles),
    recipientName: z.string(),
    recipientEmail: z.string(),
    /** The interview version the message announces. */
    version: z.number().int(),
    state: z.enum(interviewMessageStates),
    attempts: z.number().int(),
    /** The mail server's answer to the last try (`250 OK …`, `550 mailbox unavailable`), or the error. */
    smtpResponse: z.string().nullable(),
    createdAt: instantSchema,
    /** When the mail server accepted it, or refused it for good. */
    settledAt: instantSchema.nullable(),
  })
  .meta({ id: 'InterviewMessage' });
export type InterviewMessageResponse = z.infer<typeof interviewMessageSchema>;

/** `GET /api/interviews/:id/messages`, newest first. */
export const interviewMessageListSchema = z.object({ messages: z.array(interviewMessageSchema) });
