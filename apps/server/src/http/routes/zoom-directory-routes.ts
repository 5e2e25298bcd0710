import { text } from '@parley/api-contract';
import { z } from 'zod';
import type { Services } from '../../services.ts';
import { listConnectedUsers } from '../../zoom/directory/list-connected-users.ts';
import { listHostCandidates } from '../../zoom/directory/list-host-candidates.ts';
import {
  listZoomAccountUsers,
  maxAccountUsersPerPage,
} from '../../zoom/directory/list-zoom-account-users.ts';
import { listZoomRooms, type ZoomRoomList } from '../../zoom/directory/list-zoom-rooms.ts';
import { replaceHostCandidates } from '../../zoom/directory/replace-host-candidates.ts';
import { syncZoomAccountUsers } from '../../zoom/directory/sync-zoom-account-users.ts';
import { syncZoomRooms } from '../../zoom/directory/sync-zoom-rooms.ts';
import type { ApiApp } from '../api-app.ts';
import { errorSchema, roleSchema } from '../api-schemas.ts';

const instant = z.iso.datetime();
const zoomUserType = z.union([z.literal(1), z.literal(2), z.literal(4)]);
const connectionStatus = z.enum([
  'not_connected',
  'awaiting_authorization',
  'connected',
  'needs_reconnect',
  'removed_in_zoom',
]);

const connectedUserSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string(),
      role: roleSchema,
      active: z.boolean(),
    }),
    source: z.enum(['personal', 'organization', 'none']),
    status: connectionStatus,
    zoomEmail: z.string().nullable(),
    lastUsedAt: instant.nullable(),
  })
  .meta({ id: 'ConnectedUser' });

const zoomAccountUserSchema = z
  .object({
    zoomUserId: z.string().nullable(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    type: zoomUserType,
    status: z.enum(['active', 'inactive', 'pending']),
    role: z.enum(['owner', 'admin', 'member']).nullable(),
    selected: z.boolean(),
  })
  .meta({ id: 'ZoomAccountUser' });

const hostCandidateSchema = z
  .object({
    id: z.uuid(),
    zoomUserId: z.string(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    label: z.string(),
    type: zoomUserType,
    status: z.enum(['active', 'inactive', 'pending', 'deleted']),
    isDefault: z.boolean(),
    flag: z.enum(['deactivated', 'deleted', 'basic_license']).nullable(),
  })
  .meta({ id: 'HostCandidate' });

const zoomRoomSchema = z
  .object({ id: z.uuid(), zoomRoomId: z.string(), name: z.string(), status: z.string(), syncedAt: instant })
  .meta({ id: 'ZoomRoom' });

const roomListSchema = z.object({ rooms: z.array(zoomRoomSchema), syncedAt: instant.nullable() });
const hostListSchema = z.object({ hosts: z.array(hostCandidateSchema) });
const zoomErrors = { 409: errorSchema, 502: errorSchema };

const accountUserQuerySchema = z.object({
  search: text().max(200).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(maxAccountUsersPerPage).default(maxAccountUsersPerPage),
});

const hostChoicesSchema = z.object({
  hosts: z
    .array(
      z.object({
        zoomUserId: text().trim().min(1).max(100),
        label: text().trim().min(1).max(200).optional(),
      }),
    )
    .max(5_000),
});

function toRoomListResponse(list: ZoomRoomList): z.infer<typeof roomListSchema> {
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
        response: { 200: z.object({ users: z.array(connectedUserSchema) }) },
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
        querystring: accountUserQuerySchema,
        response: {
          200: z.object({
            users: z.array(zoomAccountUserSchema),
            total: z.number().int(),
            matched: z.number().int(),
            offset: z.number().int(),
            syncedAt: instant.nullable(),
          }),
          400: errorSchema,
          409: errorSchema,
        },
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
        response: { 200: z.object({ total: z.number().int(), syncedAt: instant }), ...zoomErrors },
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
        response: { 200: hostListSchema },
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
        body: hostChoicesSchema,
        response: { 200: hostListSchema, 400: errorSchema, 409: errorSchema },
      },
    },
    async (request) => ({
      hosts: await replaceHostCandidates(services.database, request.session!.actor, request.body.hosts),
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
        response: { 200: roomListSchema },
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
        response: { 200: roomListSchema, ...zoomErrors },
      },
    },
    async (request) => toRoomListResponse(await syncZoomRooms(services, request.session!.actor)),
  );
}
