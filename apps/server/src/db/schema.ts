import { auditResults, languages, roles } from '@parley/api-contract';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** The contract's roles and languages, as PostgreSQL enums. */
export const roleEnum = pgEnum('user_role', roles);
export const languageEnum = pgEnum('language', languages);

const id = () => uuid('id').primaryKey().defaultRandom();
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => instant('created_at').notNull().defaultNow();

/** Tenants. Every other row belongs to exactly one organization. */
export const organizations = pgTable('organizations', {
  id: id(),
  name: text('name').notNull(),
  /** The zone a new candidate starts in when nobody says otherwise (form default, CSV rows without one). */
  timeZone: text('time_zone').notNull().default('UTC'),
  createdAt: createdAt(),
});

/** People who sign in. Emails are stored lower-case and are unique across organizations (login is by email). */
export const users = pgTable(
  'users',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull(),
    active: boolean('active').notNull().default(true),
    language: languageEnum('language').notNull().default('en'),
    timeZone: text('time_zone').notNull().default('UTC'),
    /** Whether the recruiter wants the invitations of the interviews they schedule, like the interviewers. */
    receivesInterviewInvitations: boolean('receives_interview_invitations').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [index('users_organization_idx').on(table.organizationId)],
);

/** Server-side sessions. Only a SHA-256 hash of the session id in the cookie is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** Single-use invitations to join an organization. Only a SHA-256 hash of the token is stored. */
export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    email: text('email').notNull(),
    role: roleEnum('role').notNull(),
    /** Language of the invitation email: the inviting admin's. */
    language: languageEnum('language').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedByUserId: uuid('invited_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
    acceptedAt: instant('accepted_at'),
    acceptedUserId: uuid('accepted_user_id').references(() => users.id),
    revokedAt: instant('revoked_at'),
    emailSentAt: instant('email_sent_at'),
  },
  (table) => [index('invitations_organization_idx').on(table.organizationId, table.createdAt)],
);

/** Failed logins, counted per email across all instances for rate limiting. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: id(),
    email: text('email').notNull(),
    remoteAddress: text('remote_address'),
    at: instant('at').notNull().defaultNow(),
  },
  (table) => [index('login_attempts_email_idx').on(table.email, table.at)],
);

/** Mail caught by the embedded SMTP catcher (development mailbox). */
export const devMailMessages = pgTable(
  'dev_mail_messages',
  {
    id: id(),
    /** From the `X-Parley-Organization` header Parley sets on outgoing mail; null for foreign mail. */
    organizationId: uuid('organization_id').references(() => organizations.id),
    messageId: text('message_id'),
    from: text('from').notNull(),
    to: text('to').array().notNull().default(sql`'{}'::text[]`),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    /** The message's calendar part (an invitation's `text/calendar`), as clients read it. */
    calendar: text('calendar'),
    receivedAt: instant('received_at').notNull().defaultNow(),
  },
  (table) => [index('dev_mail_messages_organization_idx').on(table.organizationId, table.receivedAt)],
);

/** Append-only log of who did what (a database trigger rejects UPDATE and DELETE). */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    result: text('result', { enum: auditResults }).notNull(),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    /**
     * When the event was written: the real time of the statement (`clock_timestamp()`), not the start of
     * its transaction (`now()`), which in a long transaction lies before events other transactions
     * wrote meanwhile — an effect would be shown before its cause.
     */
    at: instant('at').notNull().default(sql`clock_timestamp()`),
    /**
     * The order events were written in, across transactions and instances; the log is listed by it.
     * Times can tie (one statement, clock resolution) and clocks of instances differ; a sequence does not.
     */
    sequence: bigserial('sequence', { mode: 'number' }).notNull(),
  },
  (table) => [
    index('audit_events_organization_idx').on(table.organizationId, table.at),
    index('audit_events_organization_sequence_idx').on(table.organizationId, table.sequence),
    // A record's history (e.g. an application's stage moves) is read by its target.
    index('audit_events_target_idx').on(table.targetType, table.targetId, table.at),
  ],
);
