import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import type { ZoomConnectionRow } from './resolve-zoom-access.ts';

/** The organization's Zoom connection in any stored status, or undefined when it has none. */
export async function findOrganizationConnection(
  db: Db,
  organizationId: string,
): Promise<ZoomConnectionRow | undefined> {
  const [connection] = await db
    .select()
    .from(zoomConnections)
    .where(and(eq(zoomConnections.organizationId, organizationId), eq(zoomConnections.kind, 'organization')));
  return connection;
}

/** Like {@link findOrganizationConnection}, but ZOOM_NOT_CONNECTED (409) when there is none. */
export async function requireOrganizationConnection(
  db: Db,
  organizationId: string,
): Promise<ZoomConnectionRow> {
  const connection = await findOrganizationConnection(db, organizationId);
  if (!connection) throw new AppError(AppErrorCode.ZoomNotConnected);
  return connection;
}
