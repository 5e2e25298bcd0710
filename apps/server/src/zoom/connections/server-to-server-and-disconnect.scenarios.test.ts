import { getZoomUser } from '@parley/zoom-client';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema.ts';
import { zoomAdminLinks, zoomConnections } from '../../db/zoom-schema.ts';
import { invalidFields } from '../../test/create-test-app.ts';
import {
  acmeAccountId,
  insertZoomConnection,
  readConnection,
  useConnectionTestWorld,
} from '../testing/zoom-test-fixtures.ts';

const world = useConnectionTestWorld('S2S Co', [{ role: 'admin' }, { role: 'interviewer' }], {
  resetEach: true,
});
const credentials = { accountId: acmeAccountId, clientId: 'parley-s2s', clientSecret: 'parley-s2s-secret' };

const testCredentials = (payload: Record<string, string>) =>
  world.asAdmin('POST', '/api/zoom/organization/server-to-server/test', payload);

describe('Server-to-Server', () => {
  it('tests valid credentials: account, owner and scopes, nothing stored', async () => {
    const response = await testCredentials(credentials);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ zoomAccountId: acmeAccountId, ownerEmail: 'owner@acme.test' });
    expect(response.json().scopes).toContain('meeting:write:meeting:admin');
    expect(await world.parley.database.db.select().from(zoomConnections)).toEqual([]);
  });

  it.each([
    ['a wrong secret', { ...credentials, clientSecret: 'wrong' }, /^Zoom 4702: /],
    ['an unknown client', { ...credentials, clientId: 'nobody' }, /^Zoom 4702: /],
    [
      'an account the app is not installed on',
      { ...credentials, accountId: 'UyzHEny2hxVY3FFa0UuYLw' },
      /account_id/,
    ],
  ])(
    'rejects %s with 422 "Zoom rejected these credentials" and Zoom’s reason',
    async (_case, body, detail) => {
      const response = await testCredentials(body);
      expect(response.statusCode).toBe(422);
      const { error } = response.json();
      expect(error).toMatchObject({
        code: 'ZOOM_CREDENTIALS_REJECTED',
        message: 'Zoom rejected these credentials.',
      });
      expect(error.details[0].path).toBe('credentials');
      expect(error.details[0].message).toMatch(detail);
      expect(response.body).not.toContain('wrong');
      const events = await world.parley.database.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.organizationId, world.organizationId),
            eq(auditEvents.action, 'zoom.organization.server_to_server_tested'),
          ),
        );
      const event = events.sort((a, b) => a.at.getTime() - b.at.getTime()).at(-1);
      expect(event).toMatchObject({ result: 'failure', actorUserId: world.admin.userId });
      expect(JSON.stringify(event!.metadata)).not.toContain(body.clientSecret);
    },
  );

  it('answers 502 ZOOM_UNAVAILABLE when Zoom is down', async () => {
    world.parley.emulator.control.injectFault({ route: 'POST /oauth/token', status: 503 });
    const response = await testCredentials(credentials);
    expect(response.statusCode).toBe(502);
    expect(response.json().error.code).toBe('ZOOM_UNAVAILABLE');
  });

  it('rejects missing fields with 400 before asking Zoom', async () => {
    const response = await testCredentials({ accountId: acmeAccountId, clientId: ' ' });
    expect(response.statusCode).toBe(400);
    expect(invalidFields(response)).toEqual(['clientId', 'clientSecret']);
  });

  it('stores tested credentials: the owner as Zoom user, the secret sealed, ids shown, the secret never', async () => {
    const response = await world.asAdmin('PUT', '/api/zoom/organization/server-to-server', credentials);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'connected',
      authType: 'server_to_server',
      zoomAccountId: acmeAccountId,
      zoomUser: { email: 'owner@acme.test', role: 'owner' },
      serverToServer: { accountId: acmeAccountId, clientId: 'parley-s2s' },
    });
    expect(response.body).not.toContain('parley-s2s-secret');
    const { rows } = await world.parley.database.executeSql(
      'SELECT row_to_json(z)::text AS raw FROM zoom_connections z',
    );
    expect(String(rows[0]!.raw)).not.toContain('parley-s2s-secret');
  });

  it('stores nothing when Zoom rejects the credentials', async () => {
    const response = await world.asAdmin('PUT', '/api/zoom/organization/server-to-server', {
      ...credentials,
      clientSecret: 'wrong',
    });
    expect(response.statusCode).toBe(422);
    expect(await world.parley.database.db.select().from(zoomConnections)).toEqual([]);
  });

  it('a secret changed in Zoom later → needs_reconnect (credentials_rejected) on the next token', async () => {
    await world.asAdmin('PUT', '/api/zoom/organization/server-to-server', credentials);
    const [row] = await world.parley.database.db.select().from(zoomConnections);
    await world.parley.database.db
      .update(zoomConnections)
      .set({
        sealedS2sClientSecret: world.parley.services.secretBox.seal('rotated-in-zoom'),
        accessTokenExpiresAt: new Date(0),
      })
      .where(eq(zoomConnections.id, row!.id));
    const check = await world.asAdmin('POST', '/api/zoom/organization/check');
    expect(check.json()).toMatchObject({
      status: 'needs_reconnect',
      statusReason: 'credentials_rejected',
      lastCheckOk: false,
      problem: { code: 'credentials_rejected' },
    });
  });
});

describe('disconnecting the organization', () => {
  it('deletes the tokens, revokes at Zoom, withdraws a pending link and leaves personal connections', async () => {
    await world.connectAsAdmin('admin@acme.test');
    const organizationRow = (await world.parley.database.db.select().from(zoomConnections))[0]!;
    const accessToken = world.parley.services.secretBox.open(organizationRow.sealedAccessToken!);
    const personal = await insertZoomConnection(world.parley, {
      organizationId: world.organizationId,
      kind: 'personal',
      userId: world.interviewer.userId,
      zoomEmail: 'member7@acme.test',
    });
    await world.asAdmin('POST', '/api/zoom/organization/admin-link');

    const response = await world.asAdmin('DELETE', '/api/zoom/organization');
    expect(response.statusCode).toBe(204);
    const view = (await world.asAdmin('GET', '/api/zoom/organization')).json();
    expect(view).toMatchObject({ status: 'not_connected', zoomUser: null, pendingLink: null });
    const endpoints = { oauthUrl: world.parley.emulator.url, apiUrl: world.parley.emulator.url };
    await expect(getZoomUser({ endpoints, accessToken })).rejects.toMatchObject({ code: 124 });
    expect(await readConnection(world.parley, personal.connectionId)).toMatchObject({ status: 'connected' });
    const [link] = await world.parley.database.db.select().from(zoomAdminLinks);
    expect(link!.withdrawnAt).toBeInstanceOf(Date);
    const [event] = await world.parley.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'zoom.organization.disconnected'));
    expect(event).toMatchObject({ actorUserId: world.admin.userId, result: 'success' });
    expect(event!.metadata).toMatchObject({ zoomAccountId: acmeAccountId, zoomUserEmail: 'admin@acme.test' });
  });

  it('still disconnects when Zoom cannot revoke, and audits the failed revocation', async () => {
    await insertZoomConnection(world.parley, { organizationId: world.organizationId, kind: 'organization' });
    world.parley.emulator.control.injectFault({ route: 'POST /oauth/revoke', status: 503 });
    const response = await world.asAdmin('DELETE', '/api/zoom/organization');
    expect(response.statusCode).toBe(204);
    expect(
      await world.parley.database.db
        .select()
        .from(zoomConnections)
        .where(eq(zoomConnections.kind, 'organization')),
    ).toEqual([]);
    const [event] = await world.parley.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'zoom.organization.revoke_failed'));
    expect(event).toMatchObject({ result: 'failure' });
  });

  it('revokes a Server-to-Server token with the stored credentials', async () => {
    await world.asAdmin('PUT', '/api/zoom/organization/server-to-server', credentials);
    world.parley.emulator.control.resetCounters();
    await world.asAdmin('DELETE', '/api/zoom/organization');
    expect(world.parley.emulator.control.counters().requests['POST /oauth/revoke']?.byStatus).toEqual({
      200: 1,
    });
  });

  it('answers 409 ZOOM_NOT_CONNECTED to "check now" without a connection', async () => {
    const response = await world.asAdmin('POST', '/api/zoom/organization/check');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('ZOOM_NOT_CONNECTED');
  });
});
