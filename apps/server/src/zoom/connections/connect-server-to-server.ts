import type { Actor } from '../../actor.ts';
import type { Services } from '../../services.ts';
import { withdrawPendingAdminLinks } from '../admin-links/withdraw-zoom-admin-link.ts';
import { syncZoomDirectory } from '../directory/sync-zoom-directory.job.ts';
import { saveZoomConnection } from './save-zoom-connection.ts';
import {
  type ServerToServerCredentials,
  testServerToServerCredentials,
} from './test-server-to-server-credentials.ts';

/**
 * Connects the organization with the admin's own Server-to-Server app. Tests the credentials first
 * (ZOOM_CREDENTIALS_REJECTED / ZOOM_UNAVAILABLE, nothing stored), then stores them — the client secret
 * sealed — with the first account token, replacing any earlier organization connection. The account
 * owner is recorded as the connection's Zoom user.
 */
export async function connectServerToServer(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  actor: Actor,
  credentials: ServerToServerCredentials,
): Promise<void> {
  const { tokens, owner } = await testServerToServerCredentials(services, actor, credentials);
  await services.database.transaction(async (tx) => {
    await saveZoomConnection(tx, services.secretBox, {
      organizationId: actor.organizationId,
      kind: 'organization',
      userId: null,
      authType: 'server_to_server',
      tokens,
      zoomUser: owner,
      zoomUserRole: 'owner',
      connectedByUserId: actor.userId,
      actorUserId: actor.userId,
      via: 'server_to_server',
      serverToServer: credentials,
    });
    await withdrawPendingAdminLinks(tx, actor.organizationId);
    await services.queue.enqueue(tx, syncZoomDirectory, { organizationId: actor.organizationId });
  });
}
