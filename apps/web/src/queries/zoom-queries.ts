import type { ZoomAccountUserQuery } from '@parley/api-contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../api/parley-client.ts';

/**
 * Cache keys of the Zoom domain. Everything the organization connection decides (connected users, host
 * candidates, rooms, the account's users) lives under `organization`, so that a change to the connection
 * invalidates `zoomKeys.organization` and every section refetches.
 */
export const zoomKeys = {
  all: ['zoom'] as const,
  organization: ['zoom', 'organization'] as const,
  organizationConnection: ['zoom', 'organization', 'connection'] as const,
  connectedUsers: ['zoom', 'organization', 'connected-users'] as const,
  hostCandidates: ['zoom', 'organization', 'host-candidates'] as const,
  rooms: ['zoom', 'organization', 'rooms'] as const,
  accountUsers: ['zoom', 'organization', 'account-users'] as const,
  accountUserPage: (query: ZoomAccountUserQuery) => ['zoom', 'organization', 'account-users', query] as const,
  personal: ['zoom', 'personal'] as const,
  /** Auto-recreate and the last reconcile run (the `zoom` topic: migration 0011's triggers). */
  meetingGuard: ['zoom', 'meeting-guard'] as const,
  /** Interviews flagged by a broken connection: they change with interviews (the `interviews` topic). */
  flaggedInterviews: ['zoom', 'flagged-interviews'] as const,
  /** The public page a Zoom admin opens; no session, so nothing else invalidates it. */
  adminLinkPreview: (token: string) => ['zoom-admin-link', token] as const,
};

export const organizationZoomQuery = queryOptions({
  queryKey: zoomKeys.organizationConnection,
  queryFn: () => api.getOrganizationZoom(),
});

export const personalZoomQuery = queryOptions({
  queryKey: zoomKeys.personal,
  queryFn: () => api.getPersonalZoom(),
});

export const connectedUsersQuery = queryOptions({
  queryKey: zoomKeys.connectedUsers,
  queryFn: () => api.listZoomConnectedUsers(),
});

export const hostCandidatesQuery = queryOptions({
  queryKey: zoomKeys.hostCandidates,
  queryFn: () => api.listHostCandidates(),
});

export const zoomRoomsQuery = queryOptions({
  queryKey: zoomKeys.rooms,
  queryFn: () => api.listZoomRooms(),
});

/** One page of the account's users; the previous page stays on screen while the next search loads. */
export const zoomAccountUserPageQuery = (query: ZoomAccountUserQuery) =>
  queryOptions({
    queryKey: zoomKeys.accountUserPage(query),
    queryFn: () => api.listZoomAccountUsers(query),
    placeholderData: keepPreviousData,
  });

export const zoomAdminLinkPreviewQuery = (token: string) =>
  queryOptions({
    queryKey: zoomKeys.adminLinkPreview(token),
    queryFn: () => api.getZoomAdminLink(token),
  });
