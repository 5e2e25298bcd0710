import { type ZoomStatusReason, zoomDirectoryAuditActions } from '@parley/api-contract';
import { and, eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Transaction } from '../../db/database.ts';
import { zoomAccountUsers, zoomConnections, zoomHostCandidates } from '../../db/zoom-schema.ts';
import type { Services } from '../../services.ts';
import { markZoomConnectionStatus } from '../access/mark-zoom-connection-status.ts';
import { refreshHostCandidate } from '../directory/refresh-host-candidate.ts';
import { reportHostFlagChange } from '../directory/report-host-flag-change.ts';
import { zoomRoleFromName, zoomUserType } from '../shared/zoom-user-facts.ts';
import type { ZoomChangeEvent } from './zoom-webhook-event.ts';

type ZoomUserEvent = Exclude<
  ZoomChangeEvent,
  { event: 'app_deauthorized' | 'meeting.updated' | 'meeting.deleted' }
>;

/** What a user event says about the user, in Parley's terms; absent fields did not change. */
interface UserFacts {
  status?: 'active' | 'inactive' | 'deleted';
  type?: number;
  role?: ReturnType<typeof zoomRoleFromName>;
  email?: string;
  firstName?: string;
  lastName?: string;
}

function factsOf(event: ZoomUserEvent): UserFacts {
  const { object } = event.payload;
  const names = {
    ...(object.email === undefined ? {} : { email: object.email }),
    ...(object.first_name === undefined ? {} : { firstName: object.first_name }),
    ...(object.last_name === undefined ? {} : { lastName: object.last_name }),
  };
  switch (event.event) {
    case 'user.updated': {
      const { role, type } = event.payload.object;
      return {
        ...names,
        ...(role === undefined ? {} : { role: zoomRoleFromName(role) }),
        ...(type === undefined ? {} : { type }),
      };
    }
    case 'user.deactivated':
      return { ...names, status: 'inactive' };
    case 'user.activated':
      return { ...names, status: 'active' };
    case 'user.deleted':
      return { status: 'deleted' };
  }
}

/** Why a connection through this Zoom user stops working, if it does. */
function brokenConnectionReason(
  facts: UserFacts,
  kind: 'organization' | 'personal',
): ZoomStatusReason | null {
  if (facts.status === 'deleted') return 'zoom_user_deleted';
  if (facts.status === 'inactive') return 'zoom_user_deactivated';
  if (kind === 'organization' && facts.role === 'member') return 'zoom_admin_role_lost';
  return null;
}

/**
 * Whether the event undoes what made the connection need a reconnect: the connecting user's owner/admin role
 * given back. The tokens were kept, so the connection works again. (A reactivated user is not enough: Zoom
 * ends a deactivated user's authorizations — the refresh answers 4735 — so that still takes a reconnect.)
 */
function repairsConnection(
  facts: UserFacts,
  connection: { kind: 'organization' | 'personal'; statusReason: ZoomStatusReason | null },
): boolean {
  return (
    connection.statusReason === 'zoom_admin_role_lost' &&
    connection.kind === 'organization' &&
    (facts.role === 'admin' || facts.role === 'owner')
  );
}

/**
 * Keeps Parley in step with a Zoom user's `user.updated` / `user.deactivated` /
 * `user.activated` / `user.deleted`:
 * - the organization connection made by this Zoom user needs a reconnect when they lose the owner/admin
 *   role, are deactivated or deleted; a personal connection of theirs when they are deactivated or deleted
 *   (status, audit event and mail through `markZoomConnectionStatus`); it is connected again when the role
 *   is given back (its tokens were kept);
 * - host candidates who are this user are flagged (deactivated, deleted, Basic license) but never removed,
 *   and the flag is cleared when they are reactivated or licensed again;
 * - the synced account-user snapshot follows, so the host dialog shows the truth before the next sync.
 */
export async function applyZoomUserChange(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  event: ZoomUserEvent,
): Promise<Record<string, number>> {
  const facts = factsOf(event);
  const zoomAccountId = event.payload.account_id;
  const zoomUserId = event.payload.object.id;
  return {
    connectionsChanged: await updateConnections(tx, services, event, facts),
    hostsChanged: await updateHostCandidates(tx, services, event, facts),
    accountUsersChanged: await updateAccountUsers(tx, zoomAccountId, zoomUserId, facts),
  };
}

async function updateConnections(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  event: ZoomUserEvent,
  facts: UserFacts,
): Promise<number> {
  const zoomUserId = event.payload.object.id;
  const connections = await tx.db
    .select()
    .from(zoomConnections)
    .where(eq(zoomConnections.zoomUserId, zoomUserId));
  let changed = 0;
  for (const connection of connections) {
    // Server-to-Server acts as the account, whoever its owner is; an organization OAuth connection
    // belongs to one Zoom account, and Zoom user ids are unique across accounts.
    if (connection.authType !== 'oauth') continue;
    if (connection.kind === 'organization' && connection.zoomAccountId !== event.payload.account_id) continue;
    const refreshed = {
      ...(facts.role && connection.kind === 'organization' && facts.role !== connection.zoomUserRole
        ? { zoomUserRole: facts.role }
        : {}),
      ...(facts.email && facts.email !== connection.zoomUserEmail ? { zoomUserEmail: facts.email } : {}),
    };
    if (Object.keys(refreshed).length > 0) {
      await tx.db
        .update(zoomConnections)
        .set({ ...refreshed, updatedAt: new Date() })
        .where(eq(zoomConnections.id, connection.id));
    }
    const reason = brokenConnectionReason(facts, connection.kind);
    if (
      !reason &&
      connection.status === 'needs_reconnect' &&
      connection.sealedRefreshToken !== null &&
      repairsConnection(facts, connection)
    ) {
      const restored = await markZoomConnectionStatus(tx, services, {
        connectionId: connection.id,
        status: 'connected',
        reason: null,
        actorUserId: null,
        details: { webhookEvent: event.event, zoomUserId },
      });
      if (restored) changed++;
      continue;
    }
    if (!reason || connection.status === 'removed_in_zoom') continue;
    const marked = await markZoomConnectionStatus(tx, services, {
      connectionId: connection.id,
      status: 'needs_reconnect',
      reason,
      actorUserId: null,
      details: { webhookEvent: event.event, zoomUserId },
    });
    if (marked) changed++;
  }
  return changed;
}

const auditActionByEvent = {
  'user.updated': zoomDirectoryAuditActions.userUpdated,
  'user.deactivated': zoomDirectoryAuditActions.userDeactivated,
  'user.activated': zoomDirectoryAuditActions.userActivated,
  'user.deleted': zoomDirectoryAuditActions.userDeleted,
} as const;

async function updateHostCandidates(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  event: ZoomUserEvent,
  facts: UserFacts,
): Promise<number> {
  const hosts = await tx.db
    .select()
    .from(zoomHostCandidates)
    .where(
      and(
        eq(zoomHostCandidates.zoomAccountId, event.payload.account_id),
        eq(zoomHostCandidates.zoomUserId, event.payload.object.id),
      ),
    );
  let changed = 0;
  for (const host of hosts) {
    const refresh = await refreshHostCandidate(tx, host, facts);
    if (refresh.changed.length === 0) continue;
    await reportHostFlagChange(tx, services, host, refresh);
    await recordAuditEvent(tx, {
      organizationId: host.organizationId,
      actorUserId: null,
      action: auditActionByEvent[event.event],
      target: { type: 'zoom_host_candidate', id: host.id },
      result: 'success',
      metadata: {
        zoomAccountId: host.zoomAccountId,
        zoomUserEmail: refresh.email,
        zoomUserId: host.zoomUserId,
        flag: refresh.flag,
        changed: refresh.changed,
      },
    });
    changed++;
  }
  return changed;
}

async function updateAccountUsers(
  tx: Transaction,
  zoomAccountId: string,
  zoomUserId: string,
  facts: UserFacts,
): Promise<number> {
  const matching = and(
    eq(zoomAccountUsers.zoomAccountId, zoomAccountId),
    eq(zoomAccountUsers.zoomUserId, zoomUserId),
  );
  if (facts.status === 'deleted') {
    const removed = await tx.db
      .delete(zoomAccountUsers)
      .where(matching)
      .returning({ id: zoomAccountUsers.id });
    return removed.length;
  }
  const changes = {
    ...(facts.status === undefined ? {} : { status: facts.status }),
    ...(facts.type === undefined ? {} : { type: zoomUserType(facts.type) }),
    ...(facts.role === undefined ? {} : { role: facts.role }),
    ...(facts.email === undefined ? {} : { email: facts.email }),
    ...(facts.firstName === undefined ? {} : { firstName: facts.firstName }),
    ...(facts.lastName === undefined ? {} : { lastName: facts.lastName }),
  };
  if (Object.keys(changes).length === 0) return 0;
  const updated = await tx.db
    .update(zoomAccountUsers)
    .set(changes)
    .where(matching)
    .returning({ id: zoomAccountUsers.id });
  return updated.length;
}
