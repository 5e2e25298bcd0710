import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { zoomRooms } from '../../db/zoom-schema.ts';
import { findOrganizationConnection } from '../access/find-organization-connection.ts';

/** A Zoom Room as the API shows it (docs/zoom-api.md, `ZoomRoom`). */
export interface ZoomRoomView {
  id: string;
  zoomRoomId: string;
  name: string;
  status: string;
  syncedAt: Date;
}

/** The rooms and when they were read from Zoom (null: never). */
export interface ZoomRoomList {
  rooms: ZoomRoomView[];
  syncedAt: Date | null;
}

/**
 * The Zoom Rooms of the organization connection's Zoom account, by name, ready to be offered as the
 * location of an onsite interview. Without an organization connection: none.
 */
export async function listZoomRooms(db: Db, actor: { organizationId: string }): Promise<ZoomRoomList> {
  const connection = await findOrganizationConnection(db, actor.organizationId);
  if (!connection) return { rooms: [], syncedAt: null };
  const rows = await db
    .select()
    .from(zoomRooms)
    .where(
      and(
        eq(zoomRooms.organizationId, actor.organizationId),
        eq(zoomRooms.zoomAccountId, connection.zoomAccountId),
      ),
    )
    .orderBy(asc(zoomRooms.name), asc(zoomRooms.zoomRoomId));
  const rooms = rows.map((row) => ({
    id: row.id,
    zoomRoomId: row.zoomRoomId,
    name: row.name,
    status: row.status,
    syncedAt: row.syncedAt,
  }));
  // The connection holds the time of the last read (an account without rooms has no row to carry it);
  // rooms read before that column existed carry it themselves.
  const newestRow = rooms.reduce<Date | null>(
    (latest, room) => (latest === null || room.syncedAt > latest ? room.syncedAt : latest),
    null,
  );
  return { rooms, syncedAt: connection.roomsSyncedAt ?? newestRow };
}
