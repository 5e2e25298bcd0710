import { describe, expect, it } from 'vitest';
import { schemaErrors } from './helpers/schema-errors.ts';
import { authorizeUser, callApi, type JsonBody, s2sToken, useTestEmulator } from './helpers/test-emulator.ts';

const emulator = useTestEmulator();

const control = (method: string, path: string, body?: unknown) =>
  fetch(`${emulator.url}/_emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('faults', () => {
  it('answers the next N calls of a route with a given status and code, then recovers', async () => {
    const token = await s2sToken(emulator);
    const injected = await control('POST', '/faults', {
      route: 'GET /v2/users/{userId}',
      count: 2,
      status: 503,
      code: 503,
      message: 'Down',
    });
    expect(injected.status).toBe(200);
    const first = await callApi(emulator, token, 'GET', '/users/me');
    expect(first.status).toBe(503);
    expect(first.json).toEqual({ code: 503, message: 'Down' });
    expect((await callApi(emulator, token, 'GET', '/users')).status).toBe(200);
    expect((await callApi(emulator, token, 'GET', '/users/me')).status).toBe(503);
    expect((await callApi(emulator, token, 'GET', '/users/me')).status).toBe(200);
    expect(await (await control('GET', '/faults')).json()).toEqual([]);
  });

  it('serves XML and empty error bodies', async () => {
    const token = await s2sToken(emulator);
    emulator.control.injectFault({
      route: 'GET /v2/rooms',
      count: 1,
      status: 400,
      code: 124,
      message: 'Invalid access token.',
      body: 'xml',
    });
    const xml = await callApi(emulator, token, 'GET', '/rooms');
    expect(xml.headers.get('content-type')).toContain('application/xml');
    expect(xml.text).toContain('<code>124</code><message>Invalid access token.</message>');
    emulator.control.injectFault({ route: 'GET /v2/rooms', count: 1, status: 502, body: 'empty' });
    const empty = await callApi(emulator, token, 'GET', '/rooms');
    expect(empty.status).toBe(502);
    expect(empty.text).toBe('');
  });

  it('adds latency, applies an error rate, and can hold a call until the client gives up', async () => {
    const token = await s2sToken(emulator);
    emulator.control.injectFault({ route: 'GET /v2/users/me', count: 1, latencyMs: 250 });
    const started = Date.now();
    expect((await callApi(emulator, token, 'GET', '/users/me')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    const always = emulator.control.injectFault({ route: 'POST /oauth/token', probability: 1, status: 500 });
    const tokenCall = await fetch(`${emulator.url}/oauth/token`, { method: 'POST' });
    expect(tokenCall.status).toBe(500);
    emulator.control.removeFault(always.id);
    emulator.control.injectFault({ route: '*', count: 1, timeout: true });
    await expect(
      fetch(`${emulator.url}/v2/users/me`, { signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    expect((await callApi(emulator, token, 'GET', '/users/me')).status).toBe(200);
  });

  it('serves a proxy’s HTML error page', async () => {
    const token = await s2sToken(emulator);
    emulator.control.injectFault({
      route: 'GET /v2/rooms',
      count: 1,
      status: 502,
      body: 'html',
      message: 'Bad Gateway',
    });
    const html = await callApi(emulator, token, 'GET', '/rooms');
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toBe('text/html');
    expect(html.text).toContain('<h1>502 Bad Gateway</h1>');
  });

  it('resets the connection before or after doing the work', async () => {
    const token = await s2sToken(emulator);
    const user = (await callApi(emulator, token, 'GET', '/users/member1@acme.test')).json as JsonBody;
    const route = `POST /v2/users/${String(user.id)}/meetings`;
    emulator.control.injectFault({ route, count: 1, reset: true });
    await expect(
      callApi(emulator, token, 'POST', `/users/${String(user.id)}/meetings`, { topic: 'Lost' }),
    ).rejects.toThrow();
    expect(emulator.control.snapshot().accounts.flatMap((account) => account.meetings)).toHaveLength(0);
    emulator.control.injectFault({ route, count: 1, reset: true, afterHandling: true });
    await expect(
      callApi(emulator, token, 'POST', `/users/${String(user.id)}/meetings`, { topic: 'Made' }),
    ).rejects.toThrow();
    const made = emulator.control.snapshot().accounts.flatMap((account) => account.meetings);
    expect(made.map((meeting) => meeting.topic)).toEqual(['Made']);
  });

  it('does the work and then holds the answer until the client gives up', async () => {
    const token = await s2sToken(emulator);
    const user = (await callApi(emulator, token, 'GET', '/users/member2@acme.test')).json as JsonBody;
    emulator.control.injectFault({
      route: `POST /v2/users/${String(user.id)}/meetings`,
      count: 1,
      timeout: true,
      afterHandling: true,
    });
    await expect(
      fetch(`${emulator.url}/v2/users/${String(user.id)}/meetings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ topic: 'Slow' }),
        signal: AbortSignal.timeout(500),
      }),
    ).rejects.toThrow();
    const made = emulator.control.snapshot().accounts.flatMap((account) => account.meetings);
    expect(made.map((meeting) => meeting.topic)).toEqual(['Slow']);
  });

  it('refuses a fault that does nothing', async () => {
    const response = await control('POST', '/faults', { route: '*' });
    expect(response.status).toBe(400);
  });
});

describe('counters, state and reset', () => {
  it('counts calls per route and 429s, and reports Zoom truth as a snapshot', async () => {
    const token = await s2sToken(emulator);
    const created = await callApi(emulator, token, 'POST', '/users/member8@acme.test/meetings', {
      topic: 'Counted',
    });
    await callApi(emulator, token, 'GET', '/users/me');
    const counters = (await (await control('GET', '/counters')).json()) as JsonBody;
    expect(counters.requests['POST /v2/users/{userId}/meetings']).toEqual({
      total: 1,
      byStatus: { '201': 1 },
    });
    expect(counters.requests['GET /v2/users/{userId}'].total).toBe(1);
    expect(counters.tokens.issued).toEqual({ account_credentials: 1 });
    const state = (await (await control('GET', '/state')).json()) as JsonBody;
    const acme = state.accounts.find((account: { key: string }) => account.key === 'acme');
    expect(acme.users).toHaveLength(365);
    expect(acme.meetings).toEqual([
      expect.objectContaining({ id: created.json.id, topic: 'Counted', hostEmail: 'member8@acme.test' }),
    ]);
    expect(JSON.stringify(state)).not.toContain('parley-org-secret');
  });

  it('resets to the seed: meetings, tokens and counters are gone', async () => {
    const token = await s2sToken(emulator);
    await callApi(emulator, token, 'POST', '/users/member8@acme.test/meetings', { topic: 'Gone soon' });
    expect((await control('POST', '/reset')).status).toBe(204);
    expect(emulator.control.counters().requests).toEqual({});
    const state = emulator.control.snapshot();
    expect(state.accounts.flatMap((account) => account.meetings)).toEqual([]);
    expect((await callApi(emulator, token, 'GET', '/users/me')).status).toBe(401);
  });

  it('changes users over HTTP and explains bad requests', async () => {
    const tokens = await authorizeUser(emulator, 'parley-org', 'admin@acme.test');
    expect((await control('PATCH', '/users/admin@acme.test', { role: 'member' })).status).toBe(204);
    expect((await callApi(emulator, tokens.access_token, 'GET', '/users/member1@acme.test')).json).toEqual({
      code: 200,
      message: 'No permission.',
    });
    const badRole = await control('PATCH', '/users/admin@acme.test', { role: 'king' });
    expect(badRole.status).toBe(400);
    const unknown = await control('PATCH', '/users/nobody@acme.test', { role: 'admin' });
    expect(unknown.status).toBe(404);
    const badJson = await fetch(`${emulator.url}/_emulator/users/admin@acme.test`, {
      method: 'PATCH',
      body: '{',
    });
    expect(badJson.status).toBe(400);
    expect((await control('PATCH', '/users/owner@acme.test', { status: 'inactive' })).status).toBe(400);
  });

  it('creates accounts, users and rooms, and a new app lacking a scope', async () => {
    expect(
      (
        await control('POST', '/accounts', {
          key: 'initech',
          name: 'Initech',
          plan: 'business',
          users: [{ email: 'boss@initech.test', firstName: 'Bill', lastName: 'Lumbergh', role: 'owner' }],
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await control('POST', '/accounts/initech/users', {
          email: 'peter@initech.test',
          firstName: 'Peter',
          lastName: 'Gibbons',
        })
      ).status,
    ).toBe(200);
    expect((await control('POST', '/accounts/initech/rooms', { name: 'Basement' })).status).toBe(200);
    expect(
      (
        await control('POST', '/apps', {
          clientId: 'narrow',
          clientSecret: 'narrow-secret',
          name: 'Narrow',
          type: 'admin',
          scopes: ['user:read:user:admin'],
          webhookSecret: 's',
        })
      ).status,
    ).toBe(200);
    const tokens = await authorizeUser(emulator, 'narrow', 'boss@initech.test', 'narrow-secret');
    const rooms = await callApi(emulator, tokens.access_token, 'GET', '/rooms');
    expect(rooms.json).toEqual({
      code: 4711,
      message: 'Invalid access token, does not contain scopes:[zoom_rooms:read:list_rooms:admin].',
    });
    const peter = await callApi(emulator, tokens.access_token, 'GET', '/users/peter@initech.test');
    expect(schemaErrors('get-user.response', peter.json)).toEqual([]);
  });

  it('moves the clock over HTTP', async () => {
    const moved = (await (
      await control('PUT', '/clock', { now: '2031-01-01T00:00:00Z' })
    ).json()) as JsonBody;
    expect(moved.now.startsWith('2031-01-01T00:00:0')).toBe(true);
  });
});

describe('control page', () => {
  it('lists installed apps with an accessible Uninstall button that works', async () => {
    await authorizeUser(emulator, 'parley-org', 'admin@acme.test');
    const html = await (await fetch(`${emulator.url}/_emulator/`)).text();
    expect(html).toContain('aria-label="Uninstall Parley (organization) from Acme Inc"');
    const uninstallUrl =
      /data-url="([^"]+)"[^>]*aria-label="Uninstall Parley \(organization\) from Acme Inc"/.exec(html)![1]!;
    expect(
      (
        await fetch(
          `${emulator.url}${uninstallUrl.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))}`,
          { method: 'DELETE' },
        )
      ).status,
    ).toBe(200);
    expect(emulator.control.snapshot().installations.map((item) => item.clientId)).toEqual(['parley-s2s']);
    expect(html).toMatch(/<label for="control-user">User email<\/label>/);
  });
});
