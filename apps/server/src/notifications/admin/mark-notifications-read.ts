import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Database } from '../../db/database.ts';
import { adminIncidentReads, adminIncidents } from '../../db/notification-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';

/**
 * Marks one incident (or, with `'all'`, every incident of the organization) as seen by the admin now;
 * news reported later makes it unread again. Another organization's incident is not found.
 */
export async function markNotificationsRead(
  database: Pick<Database, 'db'>,
  actor: Actor,
  which: { incidentId: string } | 'all',
): Promise<void> {
  const incidents = await database.db
    .select({ id: adminIncidents.id })
    .from(adminIncidents)
    .where(
      and(
        eq(adminIncidents.organizationId, actor.organizationId),
        ...(which === 'all' ? [] : [eq(adminIncidents.id, which.incidentId)]),
      ),
    );
  if (which !== 'all' && incidents.length === 0) throw new AppError(AppErrorCode.NotFound);
  if (incidents.length === 0) return;
  const readAt = new Date();
  await database.db
    .insert(adminIncidentReads)
    .values(incidents.map((incident) => ({ incidentId: incident.id, userId: actor.userId, readAt })))
    .onConflictDoUpdate({
      target: [adminIncidentReads.incidentId, adminIncidentReads.userId],
      set: { readAt },
    });
}
