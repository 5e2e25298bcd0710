import {
  connectedUserListSchema,
  errorSchema,
  hostCandidateChoicesSchema,
  hostCandidateListSchema,
  type ZoomRoomList as ZoomRoomListAnswer,
  zoomAccountUserPageSchema,
  zoomAccountUserQuerySchema,
  zoomAccountUserSyncSchema,
  zoomRoomListSchema,
} from '@parley/api-contract';
import type { Services } from '../../services.ts';
import { listConnectedUsers } from '../../zoom/directory/list-connected-users.ts';
import { listHostCandidates } from '../../zoom/directory/list-host-candidates.ts';
import { listZoomAccountUsers } from '../../zoom/directory/list-zoom-account-users.ts';
import { listZoomRooms, type ZoomRoomList } from '../../zoom/directory/list-zoom-rooms.ts';
import { replaceHostCandidates } from '../../zoom/directory/replace-host-candidates.ts';
import { syncZoomAccountUsers } from '../../zoom/directory/sync-zoom-account-users.ts';
import { syncZoomRooms } from '../../zoom/directory/sync-zoom-rooms.ts';
import type { ApiApp } from '../api-app.ts';

const zoomErrors = { 409: errorSchema, 502: errorSchema };

function toRoomListResponse(list: ZoomRoomList): ZoomRoomListAnswer {
  return {
    rooms: list.rooms.map((room) => ({ ...room, syncedAt: room.syncedAt.toISOString() })),
    syncedAt: list.syncedAt?.toISOString() ?? null,
  };
}

/**
 * The organization's Zoom directory (docs/zoom-api.md): connected users, the Zoom account's users and
 * the host candidates chosen among them, and Zoom Rooms. Admins change; recruiters read
 * host candidates and rooms.
 */
export function registerZoomDirectoryRoutes(app: ApiApp, services: Services): void {
  registerConnectedUserRoutes(app, services);
  registerZoomAccountUserRoutes(app, services);
  registerHostCandidateRoutes(app, services);
  registerZoomRoomRoutes(app, services);
}

/** Which Zoom access each user's meetings use. */
function registerConnectedUserRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/zoom/connected-users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['zoom'],
        summary: 'Every user with the Zoom access their meetings use (personal, organization or none)',
        response: { 200: connectedUserListSchema },
      },
    },
    async (request) => {
      const users = await listConnectedUsers(services.database.db, request.session!.actor);
      return {
        users: users.map((user) => ({ ...user, lastUsedAt: user.lastUsedAt?.toISOString() ?? null })),
      };
    },
  );
}

/** The synced users of the organization's Zoom account: search and sync. */
function registerZoomAccountUserRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/zoom/account-users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['zoom'],
        summary: 'Users of the organization’s Zoom account (synced), searched by name or email, one page',
        querystring: zoomAccountUserQuerySchema,
        response: { 200: zoomAccountUserPageSchema, 400: errorSchema, 409: errorSchema },
      },
    },
    async (request) => {
      const page = await listZoomAccountUsers(services.database.db, request.session!.actor, request.query);
      return { ...page, syncedAt: page.syncedAt?.toISOString() ?? null };
    },
  );

  app.post(
    '/api/zoom/account-users/sync',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['zoom'],
        summary: 'Read every page of the Zoom account’s users (active, inactive, pending) from Zoom',
        response: { 200: zoomAccountUserSyncSchema, ...zoomErrors },
      },
    },
    async (request) => {
      const sync = await syncZoomAccountUsers(services, request.session!.actor);
      return { total: sync.total, syncedAt: sync.syncedAt.toISOString() };
    },
  );
}

/** The Zoom users chosen to host the organization's meetings: read and replace. */
function registerHostCandidateRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/zoom/host-candidates',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags: ['zoom'],
        summary: 'Zoom users who may host the organization’s meetings, flagged ones included',
        response: { 200: hostCandidateListSchema },
      },
    },
    async (request) => ({ hosts: await listHostCandidates(services.database, request.session!.actor) }),
  );

  app.put(
    '/api/zoom/host-candidates',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['zoom'],
        summary: 'Replace the host candidates; labels are kept unless given',
        body: hostCandidateChoicesSchema,
        response: { 200: hostCandidateListSchema, 400: errorSchema, 409: errorSchema },
      },
    },
    async (request) => ({
      hosts: await replaceHostCandidates(services, request.session!.actor, request.body.hosts),
    }),
  );
}

/** The Zoom Rooms of the organization's Zoom account: read and sync. */
function registerZoomRoomRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/zoom/rooms',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags: ['zoom'],
        summary: 'The Zoom Rooms of the organization’s Zoom account',
        response: { 200: zoomRoomListSchema },
      },
    },
    async (request) => toRoomListResponse(await listZoomRooms(services.database.db, request.session!.actor)),
  );

  app.post(
    '/api/zoom/rooms/sync',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['zoom'],
        summary: 'Read the Zoom Rooms from Zoom again',
        response: { 200: zoomRoomListSchema, ...zoomErrors },
      },
    },
    async (request) => toRoomListResponse(await syncZoomRooms(services, request.session!.actor)),
  );
}
