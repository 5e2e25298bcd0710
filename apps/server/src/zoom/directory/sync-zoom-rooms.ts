import { zoomDirectoryAuditActions } from '@parley/api-contract';
import { listAllZoomRooms } from '@parley/zoom-client';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import { zoomConnections, zoomRooms } from '../../db/zoom-schema.ts';
import type { Services } from '../../services.ts';
import { requireOrganizationConnection } from '../access/find-organization-connection.ts';
import { withZoomAccess } from '../access/with-zoom-access.ts';
import type { DirectoryActor } from './directory-actor.ts';
import { listZoomRooms, type ZoomRoomList } from './list-zoom-rooms.ts';

/**
 * Reads every Zoom Room of the organization's Zoom account and replaces the stored list in one
 * transaction. Zoom is called before the transaction opens.
 */
export async function syncZoomRooms(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  actor: DirectoryActor,
): Promise<ZoomRoomList> {
  const connection = await requireOrganizationConnection(services.database.db, actor.organizationId);
  const rooms = await withZoomAccess(services, connection.id, (rest) => listAllZoomRooms(rest));
  const syncedAt = new Date();
  await services.database.transaction(async (tx) => {
    await tx.db.delete(zoomRooms).where(eq(zoomRooms.organizationId, actor.organizationId));
    // Zoom names each room once; a repeated id (a page boundary moving under a change) is kept once.
    const byId = new Map(rooms.map((room) => [room.id, room]));
    if (byId.size > 0) {
      await tx.db.insert(zoomRooms).values(
        [...byId.values()].map((room) => ({
          organizationId: actor.organizationId,
          zoomAccountId: connection.zoomAccountId,
          zoomRoomId: room.id,
          name: room.name,
          status: room.status ?? 'Unknown',
          locationId: room.location_id ?? null,
          syncedAt,
        })),
      );
    }
    await tx.db
      .update(zoomConnections)
      .set({ roomsSyncedAt: syncedAt })
      .where(eq(zoomConnections.id, connection.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: zoomDirectoryAuditActions.roomsSynced,
      result: 'success',
      metadata: { zoomAccountId: connection.zoomAccountId, total: byId.size },
    });
  });
  return listZoomRooms(services.database.db, actor);
}
