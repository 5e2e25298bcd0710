import { z } from 'zod';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import type { Services } from '../../services.ts';
import { syncZoomAccountUsers } from './sync-zoom-account-users.ts';
import { syncZoomRooms } from './sync-zoom-rooms.ts';

/**
 * Reads the Zoom users (for choosing hosts) and Zoom Rooms (for locations) of a newly connected organization
 * account, so that the Zoom page lists them without anyone pressing "Load" first. Enqueued in the
 * transaction that stores the connection. A connection that is gone or broken by the time the job runs is
 * left alone: the Zoom page says so, and the buttons there read the directory again once it is reconnected.
 */
export const syncZoomDirectory = defineJob({
  name: 'sync-zoom-directory-v1',
  payload: z.object({ organizationId: z.uuid() }),
  retry: { limit: 3, delaySeconds: 30, backoff: true },
  // Pages through every user and room of a Zoom account: a large account takes a while.
  expireInSeconds: 5 * 60,
  concurrency: 2,
  async handle(payload, services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>, run) {
    const actor = { organizationId: payload.organizationId, userId: null };
    try {
      const users = await syncZoomAccountUsers(services, actor);
      const rooms = await syncZoomRooms(services, actor);
      run.logger.info({ users: users.total, rooms: rooms.rooms.length }, 'Zoom directory read');
    } catch (error) {
      const settled =
        error instanceof AppError &&
        (error.code === AppErrorCode.ZoomNotConnected || error.code === AppErrorCode.ZoomNeedsReconnect);
      if (!settled) throw error;
      run.logger.info({ code: error.code }, 'Zoom directory not read: the connection is not working');
    }
  },
});
