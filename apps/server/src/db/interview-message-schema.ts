import { interviewMessageKinds, interviewMessageRoles, interviewMessageStates } from '@parley/api-contract';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, inList, instant, organizationId } from './columns.ts';
import { interviews } from './interview-schema.ts';

/**
 * Every e-mail Parley sends about an interview: to whom, which kind for which version, what it said (the
 * snapshot it is rendered from, so a retry sends the same words), and what the mail server answered. The
 * idempotency key (interview, version, recipient, kind) makes a second announcement of the same change a
 * no-op; the rows are the interview's message history.
 */
export const interviewMessages = pgTable(
  'interview_messages',
  {
    id: id(),
    organizationId: organizationId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    interviewVersion: integer('interview_version').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    kind: text('kind', { enum: interviewMessageKinds }).notNull(),
    role: text('role', { enum: interviewMessageRoles }).notNull(),
    /** `candidate:<id>` or `user:<id>`: the same person across versions. */
    recipientKey: text('recipient_key').notNull(),
    recipientName: text('recipient_name').notNull(),
    recipientEmail: text('recipient_email').notNull(),
    /** The interview version as announced (no start link; the passcode sealed). */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    /** For an update: what changed since the person's previous message. */
    changes: text('changes').array().notNull().default(sql`'{}'::text[]`),
    /** A cancellation because the person was taken off an interview that goes on. */
    removed: boolean('removed').notNull().default(false),
    /** The start the person was told before, for "was …" in an update. */
    previousStartAt: instant('previous_start_at'),
    /** The organization's own template for this message when it was recorded (null: Parley's default). */
    template: jsonb('template').$type<{ subject: string; body: string }>(),
    state: text('state', { enum: interviewMessageStates }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** The mail server's last answer (`250 …`, `550 …`) or the error of the last try. */
    smtpResponse: text('smtp_response'),
    createdAt: createdAt(),
    settledAt: instant('settled_at'),
  },
  (table) => [
    uniqueIndex('interview_messages_idempotency_unique').on(table.idempotencyKey),
    index('interview_messages_interview_idx').on(table.interviewId, table.createdAt),
    check('interview_messages_kind_check', inList('kind', interviewMessageKinds)),
    check('interview_messages_role_check', inList('role', interviewMessageRoles)),
    check('interview_messages_state_check', inList('state', interviewMessageStates)),
  ],
);
