import type { Me } from '@parley/api-contract';
import { describe, expect, it } from 'vitest';
import { createParleyApi } from './parley-api.ts';
import { jsonResponse as json, recordingFetch } from './recording-fetch.ts';

const me = { csrfToken: 'csrf-1' } as Me;
const noContent = () => new Response(null, { status: 204 });

function apiAnswering(answers: Response[]) {
  const { fetch, requests } = recordingFetch([json(200, me), ...answers]);
  const api = createParleyApi({ getLanguage: () => 'de', fetch });
  /** Method, URL, CSRF header and body of each request after the initial `GET /api/me`. */
  const wire = () =>
    requests
      .slice(1)
      .map((request) =>
        [request.method, request.url, request.headers['x-csrf-token'] ?? '-', JSON.stringify(request.body)]
          .filter((part) => part !== undefined)
          .join(' '),
      );
  return { api, wire, ready: api.getMe() };
}

describe('Zoom calls', () => {
  it('reads, connects, checks and disconnects the organization connection', async () => {
    const connection = { status: 'connected' };
    const { api, wire, ready } = apiAnswering([
      json(200, connection),
      json(200, { authorizeUrl: 'https://zoom.test/oauth/authorize?x=1' }),
      json(201, { url: 'https://parley.test/zoom/admin-authorize/t', expiresAt: '2026-03-01T00:00:00Z' }),
      noContent(),
      json(200, connection),
      noContent(),
    ]);
    await ready;
    await expect(api.getOrganizationZoom()).resolves.toEqual(connection);
    await expect(api.authorizeOrganizationZoom()).resolves.toEqual({
      authorizeUrl: 'https://zoom.test/oauth/authorize?x=1',
    });
    await expect(api.createZoomAdminLink()).resolves.toMatchObject({ expiresAt: '2026-03-01T00:00:00Z' });
    await api.withdrawZoomAdminLink();
    await api.checkOrganizationZoom();
    await api.disconnectOrganizationZoom();
    expect(wire()).toEqual([
      'GET /api/zoom/organization -',
      'POST /api/zoom/organization/authorize csrf-1',
      'POST /api/zoom/organization/admin-link csrf-1',
      'DELETE /api/zoom/organization/admin-link csrf-1',
      'POST /api/zoom/organization/check csrf-1',
      'DELETE /api/zoom/organization csrf-1',
    ]);
  });

  it('tests and saves Server-to-Server credentials and carries Zoom’s rejection', async () => {
    const credentials = { accountId: 'acc', clientId: 'cid', clientSecret: 's3cret' };
    const rejection = {
      error: {
        code: 'ZOOM_CREDENTIALS_REJECTED',
        message: 'Zoom hat diese Zugangsdaten abgelehnt',
        details: [{ path: 'zoom', message: 'invalid_client: Invalid client_id or client_secret' }],
      },
    };
    const { api, wire, ready } = apiAnswering([
      json(422, rejection),
      json(200, { zoomAccountId: 'acc', ownerEmail: 'owner@acme.test', scopes: [] }),
      json(200, { status: 'connected' }),
    ]);
    await ready;
    await expect(api.testServerToServer(credentials)).rejects.toMatchObject({
      status: 422,
      code: 'ZOOM_CREDENTIALS_REJECTED',
      details: rejection.error.details,
    });
    await expect(api.testServerToServer(credentials)).resolves.toMatchObject({
      ownerEmail: 'owner@acme.test',
    });
    await api.saveServerToServer(credentials);
    const body = JSON.stringify(credentials);
    expect(wire()).toEqual([
      `POST /api/zoom/organization/server-to-server/test csrf-1 ${body}`,
      `POST /api/zoom/organization/server-to-server/test csrf-1 ${body}`,
      `PUT /api/zoom/organization/server-to-server csrf-1 ${body}`,
    ]);
  });

  it('pages through account users with search, offset and limit, and unwraps envelopes', async () => {
    const page = { users: [], total: 360, matched: 12, offset: 300, syncedAt: null };
    const host = { id: 'h1', zoomUserId: 'z1', label: 'Doe Jane <jane@acme.test>' };
    const { api, wire, ready } = apiAnswering([
      json(200, page),
      json(200, { users: [], total: 0, matched: 0, offset: 0, syncedAt: null }),
      json(200, { total: 360, syncedAt: '2026-03-01T00:00:00Z' }),
      json(200, { hosts: [host] }),
      json(200, { hosts: [host] }),
      json(200, { users: [] }),
    ]);
    await ready;
    await expect(
      api.listZoomAccountUsers({ search: ' Tanaka 太郎 ', offset: 300, limit: 300 }),
    ).resolves.toEqual(page);
    await api.listZoomAccountUsers({ search: '  ' });
    await api.syncZoomAccountUsers();
    await expect(api.listHostCandidates()).resolves.toEqual([host]);
    await expect(
      api.replaceHostCandidates([{ zoomUserId: 'z1', label: 'Jane' }, { zoomUserId: 'z2' }]),
    ).resolves.toEqual([host]);
    await expect(api.listZoomConnectedUsers()).resolves.toEqual([]);
    expect(wire()).toEqual([
      'GET /api/zoom/account-users?search=Tanaka+%E5%A4%AA%E9%83%8E&offset=300&limit=300 -',
      'GET /api/zoom/account-users -',
      'POST /api/zoom/account-users/sync csrf-1',
      'GET /api/zoom/host-candidates -',
      'PUT /api/zoom/host-candidates csrf-1 {"hosts":[{"zoomUserId":"z1","label":"Jane"},{"zoomUserId":"z2"}]}',
      'GET /api/zoom/connected-users -',
    ]);
  });

  it('connects and disconnects a personal connection, lists rooms and audit events', async () => {
    const { api, wire, ready } = apiAnswering([
      json(200, { status: 'not_connected' }),
      json(200, { authorizeUrl: 'https://zoom.test/oauth/authorize?y=2' }),
      noContent(),
      json(200, { rooms: [], syncedAt: null }),
      json(200, { rooms: [], syncedAt: '2026-03-01T00:00:00Z' }),
      json(200, { events: [], nextBefore: null }),
    ]);
    await ready;
    await api.getPersonalZoom();
    await api.authorizePersonalZoom();
    await api.disconnectPersonalZoom();
    await api.listZoomRooms();
    await api.syncZoomRooms();
    await api.listAuditEvents({
      action: 'zoom.personal.connected',
      from: '2026-02-28T23:00:00.000Z',
      before: 'cursor/1',
      limit: 50,
    });
    expect(wire()).toEqual([
      'GET /api/zoom/personal -',
      'POST /api/zoom/personal/authorize csrf-1',
      'DELETE /api/zoom/personal csrf-1',
      'GET /api/zoom/rooms -',
      'POST /api/zoom/rooms/sync csrf-1',
      'GET /api/audit-events?action=zoom.personal.connected&from=2026-02-28T23%3A00%3A00.000Z&before=cursor%2F1&limit=50 -',
    ]);
  });

  it('reads and uses a Zoom admin link by token, and names expired and invalid links', async () => {
    const { api, wire, ready } = apiAnswering([
      json(200, { organizationName: 'Acme', requestedBy: 'Ada Admin', expiresAt: '2026-03-01T00:00:00Z' }),
      json(200, { authorizeUrl: 'https://zoom.test/oauth/authorize?z=3' }),
      json(410, { error: { code: 'ZOOM_LINK_EXPIRED', message: 'expired' } }),
      json(404, { error: { code: 'ZOOM_LINK_INVALID', message: 'invalid' } }),
    ]);
    await ready;
    await expect(api.getZoomAdminLink('a/b c')).resolves.toMatchObject({ organizationName: 'Acme' });
    await api.authorizeZoomAdminLink('a/b c');
    await expect(api.getZoomAdminLink('old')).rejects.toMatchObject({
      status: 410,
      code: 'ZOOM_LINK_EXPIRED',
    });
    await expect(api.authorizeZoomAdminLink('forged')).rejects.toMatchObject({ code: 'ZOOM_LINK_INVALID' });
    expect(wire().slice(0, 2)).toEqual([
      'GET /api/zoom/admin-links/a%2Fb%20c -',
      'POST /api/zoom/admin-links/a%2Fb%20c/authorize csrf-1',
    ]);
  });
});
