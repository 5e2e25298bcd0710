import type { OrganizationChanges } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Database } from '../db/database.ts';
import { organizations } from '../db/schema.ts';

/**
 * Changes the organization's settings (admins): its time zone, which new candidates start in unless
 * someone chooses another. The audit log keeps the old and the new zone.
 */
export async function updateOrganization(
  database: Database,
  actor: Actor,
  changes: OrganizationChanges,
): Promise<void> {
  await database.transaction(async (tx) => {
    const [before] = await tx.db
      .select({ timeZone: organizations.timeZone })
      .from(organizations)
      .where(eq(organizations.id, actor.organizationId))
      .for('update');
    if (!before || before.timeZone === changes.timeZone) return;
    await tx.db
      .update(organizations)
      .set({ timeZone: changes.timeZone })
      .where(eq(organizations.id, actor.organizationId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'organization.updated',
      target: { type: 'organization', id: actor.organizationId },
      result: 'success',
      metadata: { timeZone: { from: before.timeZone, to: changes.timeZone } },
    });
  });
}
