import type { AuditSubject } from '@parley/api-contract';
import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/database.ts';
import { relabelExplainedHosts } from '../db/host-names.ts';
import { auditEvents, users } from '../db/schema.ts';
import { resolveAuditSubjects } from './audit-subjects.ts';

/**
 * Metadata keys lifted out of `details` into their own fields, so every Zoom event answers "which Zoom
 * account and user" the same way and the log shows which Zoom user did what. Writers of Zoom audit events
 * set them in `metadata`.
 */
const auditZoomAccountKey = 'zoomAccountId';
const auditZoomUserEmailKey = 'zoomUserEmail';

/** Filters of {@link listAuditEvents}; all optional. */
export interface AuditEventFilter {
  action?: string;
  actorUserId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** The id of the last event of the previous page: only older events follow. */
  before?: string;
  limit: number;
}

/** One audit log entry as admins see it. */
export interface AuditEventView {
  id: string;
  at: Date;
  action: string;
  result: 'success' | 'failure';
  /** Null when Zoom or the system acted. */
  actor: { id: string; name: string } | null;
  zoomAccountId: string | null;
  zoomUserEmail: string | null;
  /** Who or what the event is about, named for the reader; null when the action names it alone. */
  subject: AuditSubject | null;
  details: Record<string, unknown>;
}

/** A page of the audit log and the cursor of the next one (null on the last page). */
export interface AuditEventPage {
  events: AuditEventView[];
  nextBefore: string | null;
}

/**
 * The audit log of the actor's organization, newest first, filtered and paged by a `before` cursor.
 * Listed in the order the events were written (their `sequence`), so an effect never comes before its
 * cause, even when a longer transaction wrote it; `at` is the real time of each event. The cursor is the
 * last event's id.
 */
export async function listAuditEvents(
  db: Db,
  actor: Actor,
  filter: AuditEventFilter,
): Promise<AuditEventPage> {
  const conditions: SQL[] = [eq(auditEvents.organizationId, actor.organizationId)];
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.actorUserId) conditions.push(eq(auditEvents.actorUserId, filter.actorUserId));
  if (filter.from) conditions.push(gte(auditEvents.at, filter.from));
  if (filter.to) conditions.push(lt(auditEvents.at, filter.to));
  if (filter.before) {
    conditions.push(sql`${auditEvents.sequence} < (
      SELECT cursor_event.sequence FROM audit_events AS cursor_event
      WHERE cursor_event.id = ${filter.before} AND cursor_event.organization_id = ${actor.organizationId})`);
  }
  const rows = await db
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.sequence))
    .limit(filter.limit + 1);
  const views = rows.slice(0, filter.limit).map(({ event, actorName }) => toView(event, actorName));
  const relabelled = await relabelExplainedHosts(
    db,
    actor.organizationId,
    actor.language,
    views.map((view) => view.details),
  );
  const page = views.map((view, index) => ({ ...view, details: relabelled[index]! }));
  const subjects = await resolveAuditSubjects(
    db,
    actor.organizationId,
    actor.language,
    rows.slice(0, filter.limit).map(({ event }, index) => ({
      type: event.targetType,
      id: event.targetId,
      details: page[index]!.details,
    })),
  );
  return {
    events: page.map((view, index) => ({ ...view, subject: subjects[index] ?? null })),
    nextBefore: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

function toView(
  event: typeof auditEvents.$inferSelect,
  actorName: string | null,
): Omit<AuditEventView, 'subject'> {
  const {
    [auditZoomAccountKey]: zoomAccountId,
    [auditZoomUserEmailKey]: zoomUserEmail,
    ...details
  } = event.metadata;
  return {
    id: event.id,
    at: event.at,
    action: event.action,
    result: event.result,
    actor: event.actorUserId && actorName !== null ? { id: event.actorUserId, name: actorName } : null,
    zoomAccountId: typeof zoomAccountId === 'string' ? zoomAccountId : null,
    zoomUserEmail: typeof zoomUserEmail === 'string' ? zoomUserEmail : null,
    details,
  };
}
