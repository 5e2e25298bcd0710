import type { AdminNotifications } from '@parley/api-contract';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Database } from '../../db/database.ts';
import { adminIncidentReads, adminIncidents } from '../../db/notification-schema.ts';
import { loadIncidentHostLabels } from './incident-host-labels.ts';
import { listIncidentInterviews } from './list-incident-interviews.ts';

/** How many incidents the bell lists: every open one comes before any resolved one. */
const listedIncidents = 50;

/**
 * The admin's bell: the organization's incidents, open ones first, newest news first, each with the
 * interviews it hits and whether this admin has seen its latest news; `unreadCount` counts the open ones
 * not seen (a resolved incident needs no one any more, so it never lights the bell).
 */
export async function listAdminNotifications(
  database: Pick<Database, 'db'>,
  actor: Actor,
): Promise<AdminNotifications> {
  const unread = sql<boolean>`(${adminIncidentReads.readAt} IS NULL OR ${adminIncidentReads.readAt} < ${adminIncidents.lastReportedAt})`;
  const rows = await database.db
    .select({ incident: adminIncidents, unread })
    .from(adminIncidents)
    .leftJoin(
      adminIncidentReads,
      and(eq(adminIncidentReads.incidentId, adminIncidents.id), eq(adminIncidentReads.userId, actor.userId)),
    )
    .where(eq(adminIncidents.organizationId, actor.organizationId))
    .orderBy(sql`${adminIncidents.resolvedAt} IS NOT NULL`, desc(adminIncidents.lastReportedAt))
    .limit(listedIncidents);
  const [counted] = await database.db
    .select({ count: sql<number>`count(*)::int` })
    .from(adminIncidents)
    .leftJoin(
      adminIncidentReads,
      and(eq(adminIncidentReads.incidentId, adminIncidents.id), eq(adminIncidentReads.userId, actor.userId)),
    )
    .where(
      and(
        eq(adminIncidents.organizationId, actor.organizationId),
        sql`${adminIncidents.resolvedAt} IS NULL`,
        unread,
      ),
    );
  const interviewsByIncident = await listIncidentInterviews(
    database.db,
    rows.map((row) => row.incident.id),
  );
  const hostLabels = await loadIncidentHostLabels(
    database.db,
    actor.organizationId,
    rows.map((row) => row.incident.facts),
  );
  return {
    unreadCount: counted?.count ?? 0,
    notifications: rows.map(({ incident, unread: isUnread }) => ({
      id: incident.id,
      kind: incident.kind,
      facts: hostLabels.relabel(incident.facts, actor.language),
      openedAt: incident.openedAt.toISOString(),
      lastReportedAt: incident.lastReportedAt.toISOString(),
      resolvedAt: incident.resolvedAt?.toISOString() ?? null,
      read: !isUnread,
      interviews: (interviewsByIncident.get(incident.id) ?? []).map((interview) => ({
        id: interview.interviewId,
        candidateName: interview.candidateName,
        jobTitle: interview.jobTitle,
        startAt: interview.startAt.toISOString(),
        state: interview.state,
      })),
    })),
  };
}
