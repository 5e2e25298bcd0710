import { beforeEach, describe, expect, it } from 'vitest';
import { schemaErrors } from './helpers/schema-errors.ts';
import { authorizeUser, callApi, s2sToken, useTestEmulator } from './helpers/test-emulator.ts';

let now: number;
beforeEach(() => {
  now = Date.parse('2030-03-01T23:50:00Z');
});
const emulator = useTestEmulator({ clock: () => new Date(now) });

const tick = () => {
  now += 1000;
};

describe('100 meeting creates + updates per host per UTC day', () => {
  it('answers the 101st with Zoom 429 body and headers, other hosts unaffected, and resets at 00:00 UTC', async () => {
    const token = await s2sToken(emulator);
    const first = await callApi(emulator, token, 'POST', '/users/member1@acme.test/meetings', {
      topic: 'one',
    });
    expect(first.headers.get('x-ratelimit-remaining')).toBe('99');
    for (let index = 1; index < 60; index++, tick()) {
      expect(
        (await callApi(emulator, token, 'POST', '/users/member1@acme.test/meetings', { topic: `t${index}` }))
          .status,
      ).toBe(201);
    }
    for (let index = 0; index < 40; index++, tick()) {
      expect(
        (await callApi(emulator, token, 'PATCH', `/meetings/${first.json.id}`, { topic: `u${index}` }))
          .status,
      ).toBe(204);
    }
    const refused = await callApi(emulator, token, 'POST', '/users/member1@acme.test/meetings', {
      topic: 'too many',
    });
    expect(refused.status).toBe(429);
    expect(schemaErrors('derived/zoom-error.response', refused.json)).toEqual([]);
    expect(refused.json).toEqual({
      code: 429,
      message:
        'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.',
    });
    expect(
      Object.fromEntries(
        [...refused.headers].filter(([name]) => name.startsWith('x-ratelimit') || name === 'retry-after'),
      ),
    ).toEqual({
      'x-ratelimit-category': 'Medium',
      'x-ratelimit-type': 'Daily-limit',
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
      'retry-after': '2030-03-02T00:00:00Z',
    });
    expect(
      (await callApi(emulator, token, 'PATCH', `/meetings/${first.json.id}`, { topic: 'x' })).status,
    ).toBe(429);
    expect((await callApi(emulator, token, 'DELETE', `/meetings/${first.json.id}`)).status).toBe(204);
    expect(
      (await callApi(emulator, token, 'POST', '/users/member2@acme.test/meetings', { topic: 'other host' }))
        .status,
    ).toBe(201);
    now = Date.parse('2030-03-02T00:00:00Z');
    expect(
      (await callApi(emulator, token, 'POST', '/users/member1@acme.test/meetings', { topic: 'new day' }))
        .status,
    ).toBe(201);
    expect(emulator.control.counters().rateLimited.byType).toEqual({ 'Daily-limit': 2 });
  });
});

describe('per-second limits per account and plan', () => {
  it('gives a free account 4 Light calls per second, then 429 QPS with Retry-After as an ISO time', async () => {
    emulator.control.createAccount({
      key: 'tiny',
      name: 'Tiny',
      plan: 'free',
      users: [{ email: 'owner@tiny.test', firstName: 'Tia', lastName: 'Tiny', role: 'owner' }],
    });
    const tokens = await authorizeUser(emulator, 'parley-org', 'owner@tiny.test');
    for (let call = 0; call < 4; call++) {
      expect((await callApi(emulator, tokens.access_token, 'GET', '/users/me')).status).toBe(200);
    }
    const refused = await callApi(emulator, tokens.access_token, 'GET', '/users/me');
    expect(refused.status).toBe(429);
    expect(refused.json).toEqual({
      code: 429,
      message: 'You have reached the maximum per-second rate limit for this API. Try again later.',
    });
    expect(refused.headers.get('x-ratelimit-type')).toBe('QPS');
    expect(refused.headers.get('x-ratelimit-limit')).toBe('4');
    expect(refused.headers.get('retry-after')).toBe('2030-03-01T23:50:01Z');
    tick();
    const later = await callApi(emulator, tokens.access_token, 'GET', '/users/me');
    expect(later.status).toBe(200);
    expect(later.headers.get('x-ratelimit-limit')).toBe('6000');
  });

  it('shares the account bucket across apps and keeps accounts apart', async () => {
    const s2s = await s2sToken(emulator);
    const org = await authorizeUser(emulator, 'parley-org', 'admin@acme.test');
    const statuses: number[] = [];
    for (let call = 0; call < 21; call++) {
      statuses.push(
        (await callApi(emulator, call % 2 ? s2s : org.access_token, 'GET', '/users?page_size=1')).status,
      );
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(20);
    expect(statuses.at(-1)).toBe(429);
    const globex = await authorizeUser(emulator, 'parley-org', 'owner@globex.test');
    expect((await callApi(emulator, globex.access_token, 'GET', '/users?page_size=1')).status).toBe(200);
  });
});
