import { completeAuthorization } from '@parley/zoom-emulator';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema.ts';
import { zoomConnections, zoomHostCandidates, zoomOAuthStates } from '../../db/zoom-schema.ts';
import { eventually } from '../../test/create-test-app.ts';
import {
  acmeAccountId,
  authorizeAtZoom,
  followZoomRedirect,
  resultOf,
  useConnectionTestWorld,
} from '../testing/zoom-test-fixtures.ts';

const world = useConnectionTestWorld('Acme Hiring', [{ role: 'admin' }, { role: 'recruiter' }], {
  resetEach: true,
});
const start = '/api/zoom/organization/authorize';
const control = () => world.parley.emulator.control;

async function organizationView() {
  const response = await world.asAdmin('GET', '/api/zoom/organization');
  expect(response.statusCode).toBe(200);
  return response.json();
}

async function storedConnections() {
  return world.parley.database.db
    .select()
    .from(zoomConnections)
    .where(eq(zoomConnections.organizationId, world.organizationId));
}

async function lastAudit(action: string) {
  const events = await world.parley.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, world.organizationId), eq(auditEvents.action, action)));
  return events.sort((a, b) => a.at.getTime() - b.at.getTime()).at(-1);
}

/** The admin's organization flow, walked at Zoom as `zoomEmail`, before the redirect back to Parley. */
const organizationFlowAtZoom = (zoomEmail: string, decision: 'allow' | 'decline' = 'allow') =>
  authorizeAtZoom(world.parley, { start, as: world.admin, zoomEmail, decision });

describe('organization connection through the admin-managed app', () => {
  it('starts at Zoom with the admin-managed app, a state and a PKCE S256 challenge', async () => {
    const response = await world.asAdmin('POST', start);
    const url = new URL(response.json().authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${world.parley.emulator.url}/oauth/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'parley-org',
      redirect_uri: 'http://localhost:3000/oauth/zoom/callback',
      code_challenge_method: 'S256',
    });
    const [state] = await world.parley.database.db.select().from(zoomOAuthStates);
    expect(state!.stateHash).not.toBe(url.searchParams.get('state'));
    expect(state!.sealedCodeVerifier).toMatch(/^v2\./);
  });

  it('connects as a Zoom admin: account, user, role and scopes stored, status connected, default host, audit', async () => {
    const response = await world.connectAsAdmin('admin@acme.test');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/zoom/result?flow=organization&outcome=connected');

    const view = await organizationView();
    expect(view).toMatchObject({
      status: 'connected',
      statusReason: null,
      authType: 'oauth',
      zoomAccountId: acmeAccountId,
      zoomUser: {
        id: 'XC3TrdWoywXilKyZtkYhzM',
        email: 'admin@acme.test',
        name: 'Adam Alvarez',
        role: 'admin',
      },
      connectedBy: { id: world.admin.userId, name: 'admin of Acme Hiring' },
      lastCheckOk: true,
      problem: null,
      pendingLink: null,
      serverToServer: null,
    });
    expect(view.scopes).toContain('meeting:write:meeting:admin');

    const [host] = await world.parley.database.db
      .select()
      .from(zoomHostCandidates)
      .where(eq(zoomHostCandidates.organizationId, world.organizationId));
    expect(host).toMatchObject({ email: 'admin@acme.test', isDefault: true });

    const audit = await lastAudit('zoom.organization.connected');
    expect(audit).toMatchObject({ actorUserId: world.admin.userId, result: 'success' });
    expect(audit!.metadata).toMatchObject({
      zoomAccountId: acmeAccountId,
      zoomUserEmail: 'admin@acme.test',
      zoomUserRole: 'admin',
      via: 'oauth',
    });
  });

  it('reads the Zoom account’s users and rooms in the background once connected', async () => {
    await world.connectAsAdmin('owner@acme.test');
    const rooms = await eventually(async () => {
      const response = await world.asAdmin('GET', '/api/zoom/rooms');
      const body = response.json();
      return body.syncedAt ? body : undefined;
    });
    expect(rooms.rooms.map((room: { name: string }) => room.name).sort()).toEqual([
      'Boardroom',
      'Huddle Room 1',
      'Interview Room',
    ]);
    const zoomTruth = world.parley.emulator.control
      .snapshot()
      .accounts.find((account) => account.key === 'acme')!;
    const users = await eventually(async () => {
      const response = await world.asAdmin('GET', '/api/zoom/account-users');
      const body = response.json();
      return body.syncedAt ? body : undefined;
    });
    expect(users.total).toBe(zoomTruth.users.length);
  });

  it('lets a recruiter read the connection, and keeps tokens out of the answer', async () => {
    await world.connectAsAdmin('owner@acme.test');
    const response = await world.parley.request({
      method: 'GET',
      url: '/api/zoom/organization',
      as: world.recruiter,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'connected', zoomUser: { role: 'owner' } });
    expect(response.body).not.toMatch(/sealed|token|secret/i);
  });

  it('reconnecting replaces the connection in place', async () => {
    await world.connectAsAdmin('admin@acme.test');
    await world.connectAsAdmin('owner@acme.test');
    const rows = await storedConnections();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      zoomUserEmail: 'owner@acme.test',
      zoomUserRole: 'owner',
      status: 'connected',
    });
  });
});

describe('organization connection: every way it can fail, with nothing half-saved', () => {
  it('a Zoom member is stopped by Zoom itself (admin-managed app)', async () => {
    const started = await world.asAdmin('POST', start);
    const outcome = await completeAuthorization({
      authorizeUrl: started.json().authorizeUrl,
      email: 'member1@acme.test',
    });
    expect(outcome.kind).toBe('page');
    expect(await storedConnections()).toEqual([]);
  });

  it('a Zoom user who is not an owner or admin when Parley asks → not_zoom_admin, nothing saved', async () => {
    const redirect = await organizationFlowAtZoom('admin@acme.test');
    control().setUserRole('admin@acme.test', 'member');
    const response = await followZoomRedirect(world.parley, redirect.location, world.admin);
    expect(resultOf(response)).toMatchObject({ flow: 'organization', outcome: 'not_zoom_admin' });
    expect(await storedConnections()).toEqual([]);
    expect((await organizationView()).status).toBe('not_connected');
    const audit = await lastAudit('zoom.organization.connect_failed');
    expect(audit!.metadata).toMatchObject({ outcome: 'not_zoom_admin', zoomUserEmail: 'admin@acme.test' });
  });

  it('declined at Zoom → access_denied', async () => {
    const redirect = await organizationFlowAtZoom('admin@acme.test', 'decline');
    expect(redirect.error).toBe('access_denied');
    const response = await followZoomRedirect(world.parley, redirect.location, world.admin);
    expect(resultOf(response)).toMatchObject({ flow: 'organization', outcome: 'access_denied' });
    expect(await storedConnections()).toEqual([]);
    expect((await lastAudit('zoom.organization.connect_failed'))!.metadata).toMatchObject({
      outcome: 'access_denied',
    });
  });

  it('a tampered or missing state → state_invalid', async () => {
    const redirect = await organizationFlowAtZoom('admin@acme.test');
    const tampered = new URL(redirect.location);
    tampered.searchParams.set('state', `${redirect.state}x`);
    expect(resultOf(await followZoomRedirect(world.parley, tampered.href, world.admin)).outcome).toBe(
      'state_invalid',
    );
    const withoutState = new URL(redirect.location);
    withoutState.searchParams.delete('state');
    expect(resultOf(await followZoomRedirect(world.parley, withoutState.href, world.admin)).outcome).toBe(
      'state_invalid',
    );
    expect(await storedConnections()).toEqual([]);
  });

  it('a state used twice → the second time state_invalid', async () => {
    const redirect = await organizationFlowAtZoom('admin@acme.test');
    expect(resultOf(await followZoomRedirect(world.parley, redirect.location, world.admin)).outcome).toBe(
      'connected',
    );
    expect(resultOf(await followZoomRedirect(world.parley, redirect.location, world.admin)).outcome).toBe(
      'state_invalid',
    );
  });

  it('a state older than 10 minutes → state_expired', async () => {
    const redirect = await organizationFlowAtZoom('admin@acme.test');
    await world.parley.database.db.update(zoomOAuthStates).set({ expiresAt: new Date(Date.now() - 1000) });
    expect(resultOf(await followZoomRedirect(world.parley, redirect.location, world.admin))).toMatchObject({
      flow: 'organization',
      outcome: 'state_expired',
    });
    expect(await storedConnections()).toEqual([]);
  });

  it('Zoom failing the code exchange → zoom_unavailable with Zoom’s code', async () => {
    const redirect = await organizationFlowAtZoom('admin@acme.test');
    control().injectFault({ route: 'POST /oauth/token', status: 503, code: 503, count: 1 });
    const result = resultOf(await followZoomRedirect(world.parley, redirect.location, world.admin));
    expect(result).toMatchObject({ outcome: 'zoom_unavailable' });
    expect(result.query.get('zoomCode')).toBe('503');
    expect(await storedConnections()).toEqual([]);
  });

  it('Zoom unreachable (closed port) → zoom_unavailable', async () => {
    const redirect = await organizationFlowAtZoom('admin@acme.test');
    const endpoints = world.parley.services.zoom.endpoints;
    world.parley.services.zoom.endpoints = { oauthUrl: 'http://127.0.0.1:1', apiUrl: 'http://127.0.0.1:1' };
    try {
      expect(resultOf(await followZoomRedirect(world.parley, redirect.location, world.admin)).outcome).toBe(
        'zoom_unavailable',
      );
    } finally {
      world.parley.services.zoom.endpoints = endpoints;
    }
    expect(await storedConnections()).toEqual([]);
  });

  it('Zoom failing /users/me after the exchange → zoom_unavailable, no token kept', async () => {
    const redirect = await organizationFlowAtZoom('admin@acme.test');
    control().injectFault({
      route: 'GET /v2/users/{userId}',
      status: 400,
      code: 300,
      message: 'Boom',
    });
    const result = resultOf(await followZoomRedirect(world.parley, redirect.location, world.admin));
    control().clearFaults();
    expect(result.outcome).toBe('zoom_unavailable');
    expect(result.query.get('zoomCode')).toBe('300');
    expect(await storedConnections()).toEqual([]);
  });

  it('a token without a needed scope → stored as needs_reconnect (scopes_missing), outcome lists them', async () => {
    await control().updateApp('parley-org', {
      scopes: ['user:read:user:admin', 'user:read:list_users:admin', 'meeting:read:meeting:admin'],
    });
    const response = await world.connectAsAdmin('admin@acme.test');
    const result = resultOf(response);
    expect(result.outcome).toBe('scopes_missing');
    expect(result.query.get('missing')).toBe(
      'meeting:write:meeting:admin,meeting:update:meeting:admin,meeting:delete:meeting:admin',
    );
    const view = await organizationView();
    expect(view).toMatchObject({
      status: 'needs_reconnect',
      statusReason: 'scopes_missing',
      lastCheckOk: false,
      problem: {
        code: 'scopes_missing',
        message: 'The authorization lacks permissions (scopes) Parley needs.',
      },
    });
    expect(view.problem.missingScopes).toContain('zoom_rooms:read:list_rooms:admin');
  });

  it('a Zoom error other than access_denied on the redirect → zoom_unavailable', async () => {
    const started = await world.asAdmin('POST', start);
    const state = new URL(started.json().authorizeUrl).searchParams.get('state')!;
    const response = await world.asAdmin(
      'GET',
      `/oauth/zoom/callback?error=server_error&state=${encodeURIComponent(state)}`,
    );
    expect(resultOf(response).outcome).toBe('zoom_unavailable');
  });
});
