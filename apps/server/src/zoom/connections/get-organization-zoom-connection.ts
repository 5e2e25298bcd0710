import type { OrganizationZoomConnection } from '@parley/api-contract';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { zoomAdminLinks, zoomConnections } from '../../db/zoom-schema.ts';
import { isoOrNull as iso, zoomProblemView } from './zoom-problem-view.ts';

async function userName(db: Db, userId: string | null): Promise<{ id: string; name: string } | null> {
  if (!userId) return null;
  const [user] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, userId));
  return user ?? null;
}

/**
 * The organization's Zoom connection as the Zoom settings page shows it. `awaiting_authorization` while an
 * admin link is pending and no working connection exists; `not_connected` when nothing is stored.
 */
export async function getOrganizationZoomConnection(
  db: Db,
  actor: Actor,
): Promise<OrganizationZoomConnection> {
  const now = new Date();
  const [[row], [link]] = await Promise.all([
    db
      .select()
      .from(zoomConnections)
      .where(
        and(
          eq(zoomConnections.organizationId, actor.organizationId),
          eq(zoomConnections.kind, 'organization'),
        ),
      ),
    db
      .select({ expiresAt: zoomAdminLinks.expiresAt, createdById: users.id, createdByName: users.name })
      .from(zoomAdminLinks)
      .innerJoin(users, eq(users.id, zoomAdminLinks.createdByUserId))
      .where(
        and(
          eq(zoomAdminLinks.organizationId, actor.organizationId),
          isNull(zoomAdminLinks.usedAt),
          isNull(zoomAdminLinks.withdrawnAt),
          gt(zoomAdminLinks.expiresAt, now),
        ),
      )
      .orderBy(desc(zoomAdminLinks.createdAt))
      .limit(1),
  ]);
  const pendingLink = link
    ? {
        expiresAt: link.expiresAt.toISOString(),
        createdBy: { id: link.createdById, name: link.createdByName },
      }
    : null;
  const awaiting = pendingLink !== null && row?.status !== 'connected';
  return {
    status: awaiting ? 'awaiting_authorization' : (row?.status ?? 'not_connected'),
    statusReason: awaiting ? null : (row?.statusReason ?? null),
    statusChangedAt: iso(row?.statusChangedAt ?? null),
    authType: row?.authType ?? null,
    zoomAccountId: row?.zoomAccountId ?? null,
    zoomUser: row
      ? { id: row.zoomUserId, email: row.zoomUserEmail, name: row.zoomUserName, role: row.zoomUserRole }
      : null,
    scopes: row?.scopes ?? [],
    connectedAt: iso(row?.connectedAt ?? null),
    connectedBy: await userName(db, row?.connectedByUserId ?? null),
    lastCheckAt: iso(row?.lastCheckAt ?? null),
    lastCheckOk: row?.lastCheckOk ?? null,
    problem: row ? zoomProblemView(row, actor.language) : null,
    pendingLink,
    serverToServer:
      row?.authType === 'server_to_server' && row.s2sAccountId && row.s2sClientId
        ? { accountId: row.s2sAccountId, clientId: row.s2sClientId }
        : null,
  };
}
