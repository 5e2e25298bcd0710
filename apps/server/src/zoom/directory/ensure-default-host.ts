import { type HostCandidateStatus, zoomDirectoryAuditActions } from '@parley/api-contract';
import type { ZoomUser } from '@parley/zoom-client';
import { and, eq, ne } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Transaction } from '../../db/database.ts';
import { zoomAccountUsers, zoomHostCandidates } from '../../db/zoom-schema.ts';
import { hostFlagFor, splitZoomName, zoomUserType } from '../shared/zoom-user-facts.ts';

/** The organization connection's Zoom user, as the connection row holds it. */
export interface DefaultHostConnection {
  organizationId: string;
  zoomAccountId: string;
  zoomUserId: string;
  zoomUserEmail: string;
  zoomUserName: string;
  /** Who connected; the audit event's actor. */
  connectedByUserId?: string | null;
}

/**
 * Makes the organization connection's Zoom user the default host ("at first only the default
 * (connecting) user is a host"): adds them as a host candidate unless they are one, marks them default and
 * no other host. Call it in the transaction that stores a new or renewed organization connection; pass
 * Zoom's `/users/me` answer when at hand for the exact name and license. Idempotent.
 */
export async function ensureDefaultHost(
  tx: Pick<Transaction, 'db'>,
  connection: DefaultHostConnection,
  zoomUser?: ZoomUser,
): Promise<void> {
  const { organizationId, zoomUserId } = connection;
  await tx.db
    .update(zoomHostCandidates)
    .set({ isDefault: false, updatedAt: new Date() })
    .where(
      and(
        eq(zoomHostCandidates.organizationId, organizationId),
        ne(zoomHostCandidates.zoomUserId, zoomUserId),
        eq(zoomHostCandidates.isDefault, true),
      ),
    );
  const [existing] = await tx.db
    .select({ id: zoomHostCandidates.id, isDefault: zoomHostCandidates.isDefault })
    .from(zoomHostCandidates)
    .where(
      and(
        eq(zoomHostCandidates.organizationId, organizationId),
        eq(zoomHostCandidates.zoomUserId, zoomUserId),
      ),
    );
  if (existing) {
    if (!existing.isDefault) {
      await tx.db
        .update(zoomHostCandidates)
        .set({ isDefault: true, zoomAccountId: connection.zoomAccountId, updatedAt: new Date() })
        .where(eq(zoomHostCandidates.id, existing.id));
    }
    return;
  }
  const facts = await defaultHostFacts(tx, connection, zoomUser);
  const inserted = await tx.db
    .insert(zoomHostCandidates)
    .values({
      organizationId,
      zoomAccountId: connection.zoomAccountId,
      zoomUserId,
      ...facts,
      isDefault: true,
      flag: hostFlagFor(facts.status, facts.type),
    })
    // Two first looks at the host list at once: one inserts, the other finds the row.
    .onConflictDoNothing()
    .returning({ id: zoomHostCandidates.id });
  if (inserted.length === 0) return;
  await recordAuditEvent(tx, {
    organizationId,
    actorUserId: connection.connectedByUserId ?? null,
    action: zoomDirectoryAuditActions.hostCandidatesChanged,
    result: 'success',
    metadata: {
      zoomAccountId: connection.zoomAccountId,
      zoomUserEmail: facts.email,
      added: [{ zoomUserId, email: facts.email }],
      removed: [],
      relabeled: [],
      defaultHost: true,
    },
  });
}

/** Name, license and status of the connecting user: Zoom's answer, else the synced snapshot, else the row. */
export async function defaultHostFacts(
  tx: Pick<Transaction, 'db'>,
  connection: DefaultHostConnection,
  zoomUser?: ZoomUser,
): Promise<{
  email: string;
  firstName: string;
  lastName: string;
  type: number;
  status: HostCandidateStatus;
}> {
  if (zoomUser) {
    return {
      email: zoomUser.email,
      firstName: zoomUser.first_name ?? '',
      lastName: zoomUser.last_name ?? '',
      type: zoomUserType(zoomUser.type),
      status: zoomUser.status ?? 'active',
    };
  }
  const [snapshot] = await tx.db
    .select()
    .from(zoomAccountUsers)
    .where(
      and(
        eq(zoomAccountUsers.organizationId, connection.organizationId),
        eq(zoomAccountUsers.zoomUserId, connection.zoomUserId),
      ),
    );
  if (snapshot) {
    const { email, firstName, lastName, type, status } = snapshot;
    return { email, firstName, lastName, type, status };
  }
  // Assumed licensed and active until the next sync or webhook says otherwise.
  return {
    email: connection.zoomUserEmail,
    ...splitZoomName(connection.zoomUserName),
    type: 2,
    status: 'active',
  };
}
