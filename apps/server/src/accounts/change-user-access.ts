import type { Role } from '@parley/api-contract';
import { and, count, eq, ne } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Database, Transaction } from '../db/database.ts';
import { organizations, users } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import { type UserRecord, userColumns } from './get-user.ts';
import { deleteUserSessions } from './sessions.ts';

/** What an admin may change about a user's access. */
export interface AccessChanges {
  role?: Role;
  active?: boolean;
}

/**
 * Changes a user's role or deactivates (or reactivates) them. Deactivation ends the user's sessions at
 * once. Refuses (LAST_ADMIN) a change that would leave the organization without an active admin.
 */
export async function changeUserAccess(
  database: Database,
  actor: Actor,
  userId: string,
  changes: AccessChanges,
): Promise<UserRecord> {
  return database.transaction(async (tx) => {
    // Serialises concurrent changes in one organization, so two admins cannot demote each other at once.
    await tx.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, actor.organizationId))
      .for('update');
    const [before] = await tx.db
      .select(userColumns)
      .from(users)
      .where(and(eq(users.id, userId), eq(users.organizationId, actor.organizationId)));
    if (!before) throw new AppError(AppErrorCode.NotFound);

    const role = changes.role ?? before.role;
    const active = changes.active ?? before.active;
    const losesAdmin = before.role === 'admin' && before.active && (role !== 'admin' || !active);
    if (losesAdmin && (await countOtherActiveAdmins(tx, actor.organizationId, userId)) === 0) {
      throw new AppError(AppErrorCode.LastAdmin);
    }
    const [after] = await tx.db
      .update(users)
      .set({ role, active, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning(userColumns);
    if (!active) await deleteUserSessions(tx.db, userId);
    await recordAccessChanges(tx, actor, before, after!);
    return after!;
  });
}

async function countOtherActiveAdmins(
  tx: Transaction,
  organizationId: string,
  userId: string,
): Promise<number> {
  const [row] = await tx.db
    .select({ total: count() })
    .from(users)
    .where(
      and(
        eq(users.organizationId, organizationId),
        eq(users.role, 'admin'),
        eq(users.active, true),
        ne(users.id, userId),
      ),
    );
  return row?.total ?? 0;
}

async function recordAccessChanges(tx: Transaction, actor: Actor, before: UserRecord, after: UserRecord) {
  const base = {
    organizationId: actor.organizationId,
    actorUserId: actor.userId,
    target: { type: 'user', id: after.id },
    result: 'success' as const,
  };
  if (before.role !== after.role) {
    await recordAuditEvent(tx, {
      ...base,
      action: 'user.role_changed',
      metadata: { from: before.role, to: after.role },
    });
  }
  if (before.active !== after.active) {
    await recordAuditEvent(tx, { ...base, action: after.active ? 'user.reactivated' : 'user.deactivated' });
  }
}
