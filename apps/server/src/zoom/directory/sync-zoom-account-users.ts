import { zoomDirectoryAuditActions } from '@parley/api-contract';
import { listAllZoomUsers, type ZoomUser } from '@parley/zoom-client';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Transaction } from '../../db/database.ts';
import { zoomAccountUsers, zoomHostCandidates } from '../../db/zoom-schema.ts';
import type { Services } from '../../services.ts';
import { requireOrganizationConnection } from '../access/find-organization-connection.ts';
import type { ZoomConnectionRow } from '../access/resolve-zoom-access.ts';
import { withZoomAccess } from '../access/with-zoom-access.ts';
import { accountHostCandidates } from '../shared/account-host-candidates.ts';
import { zoomUserRole, zoomUserType } from '../shared/zoom-user-facts.ts';
import type { DirectoryActor } from './directory-actor.ts';
import { readHostConcurrency } from './read-host-concurrency.ts';
import { refreshHostCandidate } from './refresh-host-candidate.ts';
import { reportHostFlagChange } from './report-host-flag-change.ts';

const zoomUserStatuses = ['active', 'inactive', 'pending'] as const;
type ListedZoomUser = ZoomUser & { status: (typeof zoomUserStatuses)[number] };
const insertBatchSize = 500;

/** The result of {@link syncZoomAccountUsers}. */
export interface AccountUserSync {
  total: number;
  syncedAt: Date;
}

/**
 * Reads every user of the organization's Zoom account — every page of `GET /users` for active, inactive
 * and pending users, since Zoom lists one status at a time — and replaces the stored snapshot the host
 * dialog searches. Host candidates follow the snapshot: a host Zoom no longer lists is flagged as
 * deleted, one deactivated or downgraded is flagged (and the admins told when upcoming interviews use
 * it), one restored is cleared. Zoom is called outside the
 * transaction; the snapshot is replaced in one, so readers see the old or the new list, never half. Then
 * the hosts' concurrent meetings are read again (see {@link readHostConcurrency}).
 */
export async function syncZoomAccountUsers(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  actor: DirectoryActor,
): Promise<AccountUserSync> {
  const connection = await requireOrganizationConnection(services.database.db, actor.organizationId);
  const listed = await withZoomAccess(services, connection.id, async (rest) => {
    const byEmail = new Map<string, ListedZoomUser>();
    for (const status of zoomUserStatuses) {
      for await (const user of listAllZoomUsers(rest, { status })) {
        // A user who changes status while the pages are read may appear twice; the later answer wins.
        byEmail.set(user.email.toLowerCase(), { ...user, status: user.status ?? status });
      }
    }
    return [...byEmail.values()];
  });
  const syncedAt = new Date();
  await services.database.transaction(async (tx) => {
    await replaceSnapshot(tx, connection, listed, syncedAt);
    const hostsFlagged = await refreshHosts(tx, services, connection, listed);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: zoomDirectoryAuditActions.accountUsersSynced,
      result: 'success',
      metadata: {
        zoomAccountId: connection.zoomAccountId,
        total: listed.length,
        byStatus: Object.fromEntries(
          zoomUserStatuses.map((status) => [status, listed.filter((user) => user.status === status).length]),
        ),
        hostsChanged: hostsFlagged,
      },
    });
  });
  await readHostConcurrency(services, actor.organizationId);
  return { total: listed.length, syncedAt };
}

async function replaceSnapshot(
  tx: Transaction,
  connection: ZoomConnectionRow,
  listed: readonly ListedZoomUser[],
  syncedAt: Date,
): Promise<void> {
  await tx.db.delete(zoomAccountUsers).where(eq(zoomAccountUsers.organizationId, connection.organizationId));
  const rows = listed.map((user) => ({
    organizationId: connection.organizationId,
    zoomAccountId: connection.zoomAccountId,
    zoomUserId: user.id ?? null,
    email: user.email,
    firstName: user.first_name ?? '',
    lastName: user.last_name ?? '',
    type: zoomUserType(user.type),
    status: user.status,
    role: zoomUserRole(user),
    syncedAt,
  }));
  for (let start = 0; start < rows.length; start += insertBatchSize) {
    await tx.db.insert(zoomAccountUsers).values(rows.slice(start, start + insertBatchSize));
  }
}

/** Applies the snapshot to the account's host candidates; returns those whose facts changed. */
async function refreshHosts(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  connection: ZoomConnectionRow,
  listed: readonly ListedZoomUser[],
): Promise<{ zoomUserId: string; email: string; flag: unknown; changed: string[] }[]> {
  const byId = new Map(listed.filter((user) => user.id).map((user) => [user.id!, user]));
  const hosts = await tx.db
    .select()
    .from(zoomHostCandidates)
    .where(accountHostCandidates(connection.organizationId, connection.zoomAccountId));
  const changes = [];
  for (const host of hosts) {
    const user = byId.get(host.zoomUserId);
    const refresh = await refreshHostCandidate(
      tx,
      host,
      user
        ? {
            status: user.status,
            type: user.type,
            email: user.email,
            firstName: user.first_name ?? '',
            lastName: user.last_name ?? '',
          }
        : { status: 'deleted' },
    );
    await reportHostFlagChange(tx, services, host, refresh);
    if (refresh.changed.length > 0) {
      changes.push({
        zoomUserId: host.zoomUserId,
        email: refresh.email,
        flag: refresh.flag,
        changed: refresh.changed,
      });
    }
  }
  return changes;
}
