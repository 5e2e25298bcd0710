import { startZoomEmulator, type ZoomEmulator } from '@parley/zoom-emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requestZoomAccountToken } from '../oauth/request-zoom-token.ts';
import { recordWire } from '../testing/record-wire.ts';
import { ZoomApiError } from '../zoom-api-error.ts';
import type { ZoomAnswerInfo, ZoomRestOptions } from './request-zoom-api.ts';
import { createZoomMeeting, deleteZoomMeeting, getZoomMeeting, updateZoomMeeting } from './zoom-meetings.ts';
import { listAllZoomRooms } from './zoom-rooms.ts';
import { getZoomUser, getZoomUserSettings, listAllZoomUsers, listZoomUsers } from './zoom-users.ts';

let emulator: ZoomEmulator;
let accessToken: string;

beforeAll(async () => {
  emulator = await startZoomEmulator({ port: 0, testMode: true });
  const accountId = emulator.control.snapshot().accounts.find((a) => a.key === 'acme')!.id;
  const endpoints = { oauthUrl: emulator.url, apiUrl: emulator.url };
  const tokens = await requestZoomAccountToken({
    endpoints,
    credentials: { clientId: 'parley-s2s', clientSecret: 'parley-s2s-secret' },
    accountId,
  });
  accessToken = tokens.accessToken;
});
afterEach(() => emulator.control.clearFaults());
afterAll(() => emulator.close());

/** Call options with a wire recorder and no real waiting between retries. */
function callOptions(extra: Partial<ZoomRestOptions> = {}) {
  const wire = recordWire();
  const waits: number[] = [];
  const options: ZoomRestOptions = {
    endpoints: { oauthUrl: emulator.url, apiUrl: emulator.url },
    accessToken,
    fetch: wire.fetch,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  };
  return { options, wire, waits };
}

describe('users', () => {
  it('sends the token only in the Authorization header', async () => {
    const { options, wire } = callOptions();
    const me = await getZoomUser(options);
    expect(me.email).toBe('owner@acme.test');
    const [sent] = wire.requests;
    expect(sent?.method).toBe('GET');
    expect(sent?.url.pathname).toBe('/v2/users/me');
    expect(sent?.url.search).toBe('');
    expect(sent?.headers.get('authorization')).toBe(`Bearer ${accessToken}`);
  });

  it('pages through every user of the 365-user account', async () => {
    const { options, wire } = callOptions();
    const emails = new Set<string>();
    for await (const user of listAllZoomUsers(options)) emails.add(user.email);
    expect(emails.has('member360@acme.test')).toBe(true);
    expect(emails.has('member1@acme.test')).toBe(true);
    expect(wire.requests.length).toBeGreaterThanOrEqual(2);
    expect(wire.requests[0]?.url.searchParams.get('page_size')).toBe('300');
    expect(wire.requests[1]?.url.searchParams.get('next_page_token')).toBeTruthy();
    const firstPage = await listZoomUsers(callOptions().options);
    expect(firstPage.total_records).toBe(emails.size);
  });

  it('carries Zoom code 1001 for an unknown user', async () => {
    const error = await getZoomUser(callOptions().options, 'nobody@acme.test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZoomApiError);
    expect(error).toMatchObject({ status: 404, code: 1001 });
  });
});

describe('user settings', () => {
  it("reads a user's Concurrent Meeting feature", async () => {
    emulator.control.setUserConcurrentMeeting('member7@acme.test', 'Basic');
    const { options, wire } = callOptions();
    const settings = await getZoomUserSettings(options, 'member7@acme.test');
    expect(settings.feature?.concurrent_meeting).toBe('Basic');
    expect(wire.requests[0]?.url.pathname).toBe('/v2/users/member7%40acme.test/settings');
  });
});

describe('meetings', () => {
  it('creates (201), updates (204, re-read), and deletes (204) a meeting', async () => {
    const { options, wire } = callOptions();
    const created = await createZoomMeeting(options, 'member1@acme.test', {
      topic: 'Interview: Ada Lovelace',
      start_time: '2030-03-31T07:30:00Z',
      duration: 45,
    });
    expect(wire.requests[0]?.method).toBe('POST');
    expect(wire.requests[0]?.url.pathname).toBe('/v2/users/member1%40acme.test/meetings');
    expect(JSON.parse(wire.requests[0]?.body ?? '{}')).toEqual({
      type: 2,
      topic: 'Interview: Ada Lovelace',
      start_time: '2030-03-31T07:30:00Z',
      duration: 45,
    });
    expect(created.join_url).toMatch(/^http/);
    expect(created.start_url).toBeTruthy();

    const result = await updateZoomMeeting(options, created.id, { topic: 'Interview: Ada King' });
    expect(result).toBeUndefined();
    expect(wire.requests[1]?.method).toBe('PATCH');
    const reread = await getZoomMeeting(options, created.id);
    expect(reread.topic).toBe('Interview: Ada King');
    expect(reread.join_url).toBe(created.join_url);

    await deleteZoomMeeting(options, created.id);
    const gone = await getZoomMeeting(options, created.id).catch((e: unknown) => e);
    expect(gone).toMatchObject({ status: 404, code: 3001 });
  });

  it('returns Zoom validation errors with their fields (code 300)', async () => {
    const error = await createZoomMeeting(callOptions().options, 'member2@acme.test', {
      topic: 'x'.repeat(201),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: 300 });
    expect((error as ZoomApiError).fieldErrors.map((f) => f.field)).toContain('topic');
  });
});

describe('retries', () => {
  it('retries 5xx with backoff and then succeeds', async () => {
    emulator.control.injectFault({ route: 'GET /v2/users/me', status: 503, code: 503, count: 2 });
    const { options, wire, waits } = callOptions();
    const me = await getZoomUser(options);
    expect(me.email).toBe('owner@acme.test');
    expect(wire.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(waits[1]!).toBeGreaterThan(waits[0]! * 0.9);
  });

  it('honours Retry-After of a per-second 429', async () => {
    const retryAt = new Date(Date.now() + 1500).toISOString();
    emulator.control.injectFault({
      route: 'GET /v2/users/me',
      status: 429,
      count: 1,
      headers: { 'x-ratelimit-type': 'QPS', 'retry-after': retryAt },
    });
    const { options, wire, waits } = callOptions();
    await getZoomUser(options);
    expect(wire.requests).toHaveLength(2);
    expect(waits[0]!).toBeGreaterThan(1000);
  });

  it('never retries a daily-limit 429 and reports when Zoom allows the next call', async () => {
    emulator.control.injectFault({
      route: 'GET /v2/users/me',
      status: 429,
      count: 1,
      headers: { 'x-ratelimit-type': 'Daily-limit', 'retry-after': '2030-01-02T00:00:00Z' },
    });
    const { options, wire } = callOptions();
    const error = await getZoomUser(options).catch((e: unknown) => e);
    expect(wire.requests).toHaveLength(1);
    expect(error).toMatchObject({ status: 429, rateLimitType: 'Daily-limit' });
    expect((error as ZoomApiError).retryAfter?.toISOString()).toBe('2030-01-02T00:00:00.000Z');
  });

  it('never retries a 4xx', async () => {
    const { options, wire } = callOptions({ accessToken: 'not-a-token' });
    const error = await getZoomUser(options).catch((e: unknown) => e);
    expect(wire.requests).toHaveLength(1);
    expect(error).toMatchObject({ status: 401, code: 124 });
    expect((error as ZoomApiError).isInvalidAccessToken).toBe(true);
  });

  it('reads Zoom’s code from an XML error body, and keeps the status of an HTML page', async () => {
    emulator.control.injectFault({
      route: 'GET /v2/users/me',
      status: 401,
      code: 124,
      message: 'Access token is expired.',
      body: 'xml',
      count: 1,
    });
    const xml = await getZoomUser(callOptions().options).catch((e: unknown) => e);
    expect(xml).toBeInstanceOf(ZoomApiError);
    expect(xml).toMatchObject({ status: 401, code: 124, message: 'Access token is expired.' });
    emulator.control.injectFault({
      route: 'GET /v2/users/me',
      status: 502,
      body: 'html',
      message: 'Bad Gateway',
    });
    const { options, wire } = callOptions({ maxRetries: 1 });
    const html = await getZoomUser(options).catch((e: unknown) => e);
    expect(wire.requests).toHaveLength(2);
    expect(html).toMatchObject({ status: 502, code: undefined });
  });

  it('repeats a call that must not reach Zoom twice only after a per-second 429', async () => {
    const me = await getZoomUser(callOptions().options);
    const hostId = me.id ?? '';
    const path = `POST /v2/users/${hostId}/meetings`;
    emulator.control.injectFault({
      route: path,
      status: 429,
      count: 1,
      headers: { 'x-ratelimit-type': 'QPS' },
    });
    const limited = callOptions({ notRepeatable: true });
    await createZoomMeeting(limited.options, hostId, { topic: 'Once', type: 2, duration: 30 });
    expect(limited.wire.requests).toHaveLength(2);
    emulator.control.injectFault({ route: path, status: 503, count: 1 });
    const down = callOptions({ notRepeatable: true });
    const error = await createZoomMeeting(down.options, hostId, {
      topic: 'Never twice',
      type: 2,
      duration: 30,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    expect(down.wire.requests).toHaveLength(1);
  });

  it("says which per-second limit refused a call, and waits for the caller's turn before every try", async () => {
    const me = await getZoomUser(callOptions().options);
    // Limits on (the default), counting from now.
    emulator.control.setRateLimits(true);
    const refusals: ZoomAnswerInfo['rateLimit'][] = [];
    let turns = 0;
    const { options, wire } = callOptions({
      notRepeatable: true,
      maxRetries: 1,
      beforeSend: async () => {
        turns++;
      },
      onAnswer: (answer) => {
        if (answer.status === 429) refusals.push(answer.rateLimit);
      },
    });
    // Acme is on Pro: 20 creates a second. 45 at once, even split over two seconds: at least 5 refused.
    const results = await Promise.allSettled(
      Array.from({ length: 45 }, (_, index) =>
        createZoomMeeting(options, me.id ?? '', { topic: `Burst ${index}`, type: 2, duration: 30 }),
      ),
    );
    expect(refusals.length).toBeGreaterThanOrEqual(5);
    expect(refusals[0]).toMatchObject({ type: 'QPS', limit: 20 });
    expect(refusals[0]?.retryAfter).toBeInstanceOf(Date);
    expect(turns).toBe(wire.requests.length);
    expect(wire.requests.length).toBeGreaterThan(45);
    // Cleared through the control API, which no limit counts; and this second's budget is spent, so the
    // next tests count afresh.
    for (const result of results)
      if (result.status === 'fulfilled') emulator.control.deleteMeetingInZoom(result.value.id);
    emulator.control.setRateLimits(true);
  });

  it('gives up on a call that never answers', async () => {
    emulator.control.injectFault({ route: 'GET /v2/users/me', timeout: true, count: 1 });
    const { options } = callOptions({ timeoutMs: 300, maxRetries: 0 });
    const error = await getZoomUser(options).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0 });
  });
});

describe('rooms', () => {
  it("lists the account's Zoom Rooms", async () => {
    const rooms = await listAllZoomRooms(callOptions().options);
    expect(rooms.map((room) => room.name).sort()).toEqual(['Boardroom', 'Huddle Room 1', 'Interview Room']);
  });
});
