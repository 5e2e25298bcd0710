import {
  type AdminIncidentFacts,
  adminIncidentKinds,
  languages,
  messageTemplateKinds,
} from '@parley/api-contract';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, inList, instant, organizationId, updatedAt, version } from './columns.ts';
import { interviews } from './interview-schema.ts';
import { users } from './schema.ts';

/**
 * Something an organization's admins must fix, once per cause: an open incident is found again by its
 * `cause` (e.g. the connection, the host), so a cause that hits ten interviews is one incident listing
 * them, one e-mail and one bell entry. `resolvedAt` is set when the cause went away (a reconnect); a cause
 * that comes back later opens a new incident.
 */
export const adminIncidents = pgTable(
  'admin_incidents',
  {
    id: id(),
    organizationId: organizationId(),
    kind: text('kind', { enum: adminIncidentKinds }).notNull(),
    /** Identifies the cause within the kind, e.g. `connection:<id>` or `host:<id>`. */
    cause: text('cause').notNull(),
    /** The latest facts reported, with the kind. */
    facts: jsonb('facts').$type<AdminIncidentFacts>().notNull(),
    openedAt: instant('opened_at').notNull().defaultNow(),
    /** When the incident last got news (a new affected interview): a bell entry read before is unread again. */
    lastReportedAt: instant('last_reported_at').notNull().defaultNow(),
    resolvedAt: instant('resolved_at'),
    /** When the admins' e-mail went out; at most once per incident. */
    emailedAt: instant('emailed_at'),
  },
  (table) => [
    uniqueIndex('admin_incidents_open_cause_unique')
      .on(table.organizationId, table.kind, table.cause)
      .where(sql`${table.resolvedAt} IS NULL`),
    index('admin_incidents_organization_idx').on(table.organizationId, table.lastReportedAt),
    check('admin_incidents_kind_check', inList('kind', adminIncidentKinds)),
  ],
);

/** The interviews an incident affects: the digest's list. */
export const adminIncidentInterviews = pgTable(
  'admin_incident_interviews',
  {
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => adminIncidents.id, { onDelete: 'cascade' }),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    addedAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.incidentId, table.interviewId] }),
    index('admin_incident_interviews_interview_idx').on(table.interviewId),
  ],
);

/** Which admin has seen which incident in the bell, and when (news after that makes it unread again). */
export const adminIncidentReads = pgTable(
  'admin_incident_reads',
  {
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => adminIncidents.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    readAt: instant('read_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.incidentId, table.userId] })],
);

/**
 * The notification kinds a user does not want by e-mail (the bell still shows them). Stored as opt-outs,
 * so a kind added later reaches everyone until they turn it off.
 */
export const notificationEmailOptOuts = pgTable(
  'notification_email_opt_outs',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: adminIncidentKinds }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.kind] }),
    check('notification_email_opt_outs_kind_check', inList('kind', adminIncidentKinds)),
  ],
);

/**
 * An organization's own wording of one kind of interview message in one language, replacing Parley's
 * default (which lives in the server's texts and has no row). Not secret: values such as the passcode
 * are put in only when a message is rendered. `version` guards two admins editing the same template.
 */
export const messageTemplates = pgTable(
  'message_templates',
  {
    id: id(),
    organizationId: organizationId(),
    kind: text('kind', { enum: messageTemplateKinds }).notNull(),
    language: text('language', { enum: languages }).notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    version: version(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('message_templates_unique').on(table.organizationId, table.kind, table.language),
    check('message_templates_kind_check', inList('kind', messageTemplateKinds)),
    check('message_templates_language_check', inList('language', languages)),
  ],
);
