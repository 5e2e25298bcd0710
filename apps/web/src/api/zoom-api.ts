import type {
  AuditEventPage,
  AuditEventQuery,
  ConnectedUser,
  HostCandidate,
  HostCandidateChoice,
  OrganizationZoomConnection,
  PersonalZoomConnection,
  ServerToServerCredentials,
  ServerToServerTestResult,
  ZoomAccountUserPage,
  ZoomAccountUserQuery,
  ZoomAdminLink,
  ZoomAdminLinkPreview,
  ZoomAuthorization,
  ZoomRoomList,
} from '@parley/api-contract';
import type { HttpClient } from './http-client.ts';

const segment = encodeURIComponent;

/** `?a=1&b=x` from the given values, leaving out undefined and empty ones; '' when nothing is left. */
export function queryString(parameters: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Typed calls for every endpoint of docs/zoom-api.md (and the audit log); part of `ParleyApi`. */
export function createZoomCalls(http: HttpClient) {
  return {
    getOrganizationZoom: () => http.request<OrganizationZoomConnection>('GET', '/api/zoom/organization'),
    authorizeOrganizationZoom: () =>
      http.request<ZoomAuthorization>('POST', '/api/zoom/organization/authorize'),
    createZoomAdminLink: () => http.request<ZoomAdminLink>('POST', '/api/zoom/organization/admin-link'),
    withdrawZoomAdminLink: () => http.request<void>('DELETE', '/api/zoom/organization/admin-link'),
    testServerToServer: (credentials: ServerToServerCredentials) =>
      http.request<ServerToServerTestResult>(
        'POST',
        '/api/zoom/organization/server-to-server/test',
        credentials,
      ),
    saveServerToServer: (credentials: ServerToServerCredentials) =>
      http.request<OrganizationZoomConnection>('PUT', '/api/zoom/organization/server-to-server', credentials),
    checkOrganizationZoom: () =>
      http.request<OrganizationZoomConnection>('POST', '/api/zoom/organization/check'),
    disconnectOrganizationZoom: () => http.request<void>('DELETE', '/api/zoom/organization'),

    getPersonalZoom: () => http.request<PersonalZoomConnection>('GET', '/api/zoom/personal'),
    authorizePersonalZoom: () => http.request<ZoomAuthorization>('POST', '/api/zoom/personal/authorize'),
    disconnectPersonalZoom: () => http.request<void>('DELETE', '/api/zoom/personal'),

    listZoomConnectedUsers: async () =>
      (await http.request<{ users: ConnectedUser[] }>('GET', '/api/zoom/connected-users')).users,

    listZoomAccountUsers: (query: ZoomAccountUserQuery) =>
      http.request<ZoomAccountUserPage>(
        'GET',
        `/api/zoom/account-users${queryString({ search: query.search?.trim(), offset: query.offset, limit: query.limit })}`,
      ),
    syncZoomAccountUsers: () =>
      http.request<{ total: number; syncedAt: string }>('POST', '/api/zoom/account-users/sync'),

    listHostCandidates: async () =>
      (await http.request<{ hosts: HostCandidate[] }>('GET', '/api/zoom/host-candidates')).hosts,
    replaceHostCandidates: async (hosts: HostCandidateChoice[]) =>
      (await http.request<{ hosts: HostCandidate[] }>('PUT', '/api/zoom/host-candidates', { hosts })).hosts,

    listZoomRooms: () => http.request<ZoomRoomList>('GET', '/api/zoom/rooms'),
    syncZoomRooms: () => http.request<ZoomRoomList>('POST', '/api/zoom/rooms/sync'),

    listAuditEvents: (query: AuditEventQuery) =>
      http.request<AuditEventPage>(
        'GET',
        `/api/audit-events${queryString({
          action: query.action,
          actorUserId: query.actorUserId,
          from: query.from,
          to: query.to,
          before: query.before,
          limit: query.limit,
        })}`,
      ),

    getZoomAdminLink: (token: string) =>
      http.request<ZoomAdminLinkPreview>('GET', `/api/zoom/admin-links/${segment(token)}`),
    authorizeZoomAdminLink: (token: string) =>
      http.request<ZoomAuthorization>('POST', `/api/zoom/admin-links/${segment(token)}/authorize`),
  };
}
