import { getZoomUser } from '@parley/zoom-client';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import type { TestSession } from '../../test/create-test-app.ts';
import {
  insertZoomConnection,
  resultOf,
  runOAuthFlow,
  useConnectionTestWorld,
} from '../testing/zoom-test-fixtures.ts';

const world = useConnectionTestWorld('Personal Co', undefined, { resetEach: true });
const start = '/api/zoom/personal/authorize';

async function personalView(as: TestSession) {
  const response = await world.parley.request({ method: 'GET', url: '/api/zoom/personal', as });
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('personal connection and its precedence over the organization’s', () => {
  it('shows nothing connected and no effective Zoom at first', async () => {
    expect(await personalView(world.interviewer)).toEqual({
      status: 'not_connected',
      statusReason: null,
      zoomUser: null,
      connectedAt: null,
      lastUsedAt: null,
      problem: null,
      effective: { source: 'none', zoomEmail: null, usable: false },
    });
  });

  it('connects through the user-managed app, for any role, as a Zoom member', async () => {
    const started = await world.parley.request({ method: 'POST', url: start, as: world.interviewer });
    expect(new URL(started.json().authorizeUrl).searchParams.get('client_id')).toBe('parley-user');
    const response = await runOAuthFlow(world.parley, {
      start,
      as: world.interviewer,
      zoomEmail: 'member1@acme.test',
    });
    expect(response.headers.location).toBe('/zoom/result?flow=personal&outcome=connected');
    expect(await personalView(world.interviewer)).toMatchObject({
      status: 'connected',
      zoomUser: { email: 'member1@acme.test', name: 'Aiko Suzuki' },
      effective: { source: 'personal', zoomEmail: 'member1@acme.test', usable: true },
    });
    const [event] = await world.parley.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'zoom.personal.connected'),
          eq(auditEvents.actorUserId, world.interviewer.userId),
        ),
      );
    expect(event!.metadata).toMatchObject({ zoomUserEmail: 'member1@acme.test', via: 'oauth' });
    // Only the interviewer's own view changes.
    expect((await personalView(world.recruiter)).status).toBe('not_connected');
  });

  it('declined at Zoom → access_denied, nothing stored', async () => {
    const response = await runOAuthFlow(world.parley, {
      start,
      as: world.interviewer,
      zoomEmail: 'member2@acme.test',
      decision: 'decline',
    });
    expect(resultOf(response)).toMatchObject({ flow: 'personal', outcome: 'access_denied' });
    expect(await world.parley.database.db.select().from(zoomConnections)).toEqual([]);
  });

  it('with the organization connected: personal wins; disconnecting it hands over to the organization', async () => {
    await insertZoomConnection(world.parley, { organizationId: world.organizationId, kind: 'organization' });
    expect((await personalView(world.interviewer)).effective).toEqual({
      source: 'organization',
      zoomEmail: 'admin@acme.test',
      usable: true,
    });
    await runOAuthFlow(world.parley, { start, as: world.interviewer, zoomEmail: 'member3@acme.test' });
    expect((await personalView(world.interviewer)).effective.source).toBe('personal');

    world.parley.emulator.control.resetCounters();
    const disconnected = await world.parley.request({
      method: 'DELETE',
      url: '/api/zoom/personal',
      as: world.interviewer,
    });
    expect(disconnected.statusCode).toBe(204);
    expect(world.parley.emulator.control.counters().requests['POST /oauth/revoke']?.byStatus).toEqual({
      200: 1,
    });
    expect(await personalView(world.interviewer)).toMatchObject({
      status: 'not_connected',
      effective: { source: 'organization', zoomEmail: 'admin@acme.test', usable: true },
    });
    // The organization connection is untouched.
    const organization = await world.asAdmin('GET', '/api/zoom/organization');
    expect(organization.json().status).toBe('connected');
  });

  it('a broken personal connection is not replaced by the organization’s', async () => {
    await insertZoomConnection(world.parley, { organizationId: world.organizationId, kind: 'organization' });
    await runOAuthFlow(world.parley, { start, as: world.interviewer, zoomEmail: 'member4@acme.test' });
    await world.parley.database.db
      .update(zoomConnections)
      .set({
        status: 'removed_in_zoom',
        statusReason: 'app_uninstalled',
        sealedAccessToken: null,
        sealedRefreshToken: null,
      })
      .where(eq(zoomConnections.userId, world.interviewer.userId));
    expect(await personalView(world.interviewer)).toMatchObject({
      status: 'removed_in_zoom',
      statusReason: 'app_uninstalled',
      problem: { code: 'app_uninstalled', message: 'The Parley app was removed from the Zoom account.' },
      effective: { source: 'personal', zoomEmail: 'member4@acme.test', usable: false },
    });
    // Disconnecting a connection without tokens needs no call to Zoom.
    world.parley.emulator.control.resetCounters();
    expect(
      (await world.parley.request({ method: 'DELETE', url: '/api/zoom/personal', as: world.interviewer }))
        .statusCode,
    ).toBe(204);
    expect(world.parley.emulator.control.counters().requests['POST /oauth/revoke']).toBeUndefined();
    expect((await personalView(world.interviewer)).effective.source).toBe('organization');
  });

  it('revokes the token at Zoom on disconnect: it no longer works', async () => {
    const { tokens } = await insertZoomConnection(world.parley, {
      organizationId: world.organizationId,
      kind: 'personal',
      userId: world.interviewer.userId,
      zoomEmail: 'member5@acme.test',
    });
    await world.parley.request({ method: 'DELETE', url: '/api/zoom/personal', as: world.interviewer });
    const endpoints = { oauthUrl: world.parley.emulator.url, apiUrl: world.parley.emulator.url };
    await expect(getZoomUser({ endpoints, accessToken: tokens.accessToken })).rejects.toMatchObject({
      code: 124,
    });
  });

  it('disconnecting when nothing is connected succeeds', async () => {
    expect(
      (await world.parley.request({ method: 'DELETE', url: '/api/zoom/personal', as: world.recruiter }))
        .statusCode,
    ).toBe(204);
  });

  it('a personal token without meeting scopes → scopes_missing', async () => {
    await world.parley.emulator.control.updateApp('parley-user', { scopes: ['user:read:user'] });
    const response = await runOAuthFlow(world.parley, {
      start,
      as: world.interviewer,
      zoomEmail: 'member6@acme.test',
    });
    expect(resultOf(response)).toMatchObject({ flow: 'personal', outcome: 'scopes_missing' });
    expect(resultOf(response).query.get('missing')).toContain('meeting:write:meeting');
    expect(await personalView(world.interviewer)).toMatchObject({
      status: 'needs_reconnect',
      statusReason: 'scopes_missing',
      effective: { source: 'personal', usable: false },
    });
  });
});
