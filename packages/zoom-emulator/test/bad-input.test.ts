import { connect } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { basicAuth, callApi, s2sToken, useTestEmulator } from './helpers/test-emulator.ts';

const emulator = useTestEmulator({ rateLimits: false });
let token: string;
beforeEach(async () => {
  token = await s2sToken(emulator);
});

const stillServing = async () =>
  expect((await callApi(emulator, token, 'GET', '/users/me')).status).toBe(200);

describe('bad input never crashes the emulator', () => {
  it('answers unknown routes and methods with 404 code 2300', async () => {
    for (const [method, path] of [
      ['GET', '/v2/webinars'],
      ['PUT', '/v2/users/me'],
      ['GET', '/nowhere'],
      ['GET', '/v2/users/%E0%A4%A'],
    ] as const) {
      const response = await fetch(`${emulator.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ code: 2300, message: 'This API endpoint is not recognized.' });
    }
  });

  it('answers JSON that is not an object, and wrongly typed fields, with code 300', async () => {
    for (const body of ['[]', '"topic"', '42', 'null', '']) {
      const response = await callApi(emulator, token, 'POST', '/users/me/meetings', body);
      expect(response.json).toEqual({ code: 300, message: 'Request Body should be a valid JSON object.' });
    }
    const typed = await callApi(emulator, token, 'POST', '/users/me/meetings', {
      topic: 42,
      type: 7,
      start_time: '2030-02-30T10:00:00',
      duration: -5,
      timezone: 'Mars/Olympus',
      settings: { audio: 'telepathy', waiting_room: 'yes' },
      tracking_fields: 'x',
    });
    expect(typed.json.errors.map((error: { field: string }) => error.field).sort()).toEqual(
      [
        'duration',
        'settings.audio',
        'settings.waiting_room',
        'start_time',
        'timezone',
        'topic',
        'tracking_fields',
        'type',
      ].sort(),
    );
    const pageSize = await callApi(emulator, token, 'GET', '/users?page_size=many');
    expect(pageSize.json.code).toBe(300);
    const meetingId = await callApi(emulator, token, 'GET', `/meetings/${'9'.repeat(40)}`);
    expect(meetingId.json.code).toBe(3001);
  });

  it('refuses bodies over 1 MiB with 413', async () => {
    const response = await callApi(
      emulator,
      token,
      'POST',
      '/users/me/meetings',
      JSON.stringify({ agenda: 'x'.repeat(1_100_000) }),
    );
    expect(response.status).toBe(413);
    await stillServing();
  });

  it('survives odd credentials, empty tokens, garbage bytes and random requests', async () => {
    const oddBasic = await fetch(`${emulator.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: 'Basic !!!' },
    });
    expect(oddBasic.status).toBe(400);
    const emptyBearer = await fetch(`${emulator.url}/v2/users/me`, { headers: { authorization: 'Bearer ' } });
    expect(emptyBearer.status).toBe(401);
    await new Promise<void>((resolve) => {
      const socket = connect(emulator.port, '127.0.0.1', () =>
        socket.end('\x00\x01GARBAGE / HTTP/9.9\r\n\r\n'),
      );
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
      socket.resume();
    });
    const methods = ['GET', 'POST', 'PATCH', 'DELETE', 'PUT'];
    const paths = [
      '/v2/users/',
      '/v2/meetings/',
      '/oauth/token',
      '/oauth/authorize',
      '/oauth/consent',
      '/_emulator/users/',
      '/s/',
      '/j/',
      '/signin',
    ];
    for (let index = 0; index < 150; index++) {
      const method = methods[index % methods.length]!;
      const path = `${paths[index % paths.length]}${encodeURIComponent(String.fromCharCode(...randomCodes(index)))}`;
      const body = method === 'GET' ? undefined : String.fromCharCode(...randomCodes(index * 7));
      const response = await fetch(`${emulator.url}${path}?x=${index}`, {
        method,
        body,
        headers: {
          authorization: index % 2 ? `Bearer ${token}` : basicAuth('parley-org'),
          'content-type': index % 3 ? 'application/json' : 'application/x-www-form-urlencoded',
        },
      });
      expect(response.status).toBeLessThan(500);
      await response.arrayBuffer();
    }
    await stillServing();
  });
});

describe('bad input to the control API', () => {
  it('answers 4xx, never 5xx, to wrong bodies on every control route', async () => {
    const bodies = [
      '{"seed":{"accounts":[]}}',
      '{"role":"king"}',
      '{"status":"pending"}',
      '{"type":3}',
      '{"webhookUrl":"not a url"}',
      '{"passcodePolicy":{"minLength":"six"}}',
      '{"now":"yesterday"}',
      '{"route":"*","status":99}',
      '[1,2]',
      '"x"',
      '{',
    ];
    const routes = [
      ['POST', '/reset'],
      ['POST', '/accounts'],
      ['PATCH', '/accounts/acme'],
      ['POST', '/accounts/acme/users'],
      ['POST', '/accounts/acme/rooms'],
      ['PATCH', '/users/member1@acme.test'],
      ['POST', '/apps'],
      ['PUT', '/apps/parley-org'],
      ['PATCH', '/meetings/1'],
      ['POST', '/faults'],
      ['PUT', '/clock'],
      ['POST', '/tokens/expire'],
      ['DELETE', '/accounts/nope/apps/x'],
    ] as const;
    for (const [method, path] of routes) {
      for (const body of bodies) {
        const response = await fetch(`${emulator.url}/_emulator${path}`, {
          method,
          body,
          headers: { 'content-type': 'application/json' },
        });
        expect(response.status, `${method} ${path} ${body}`).toBeLessThan(500);
      }
    }
    token = await s2sToken(emulator);
    await stillServing();
  });
});

function randomCodes(seed: number): number[] {
  let state = seed + 1;
  return Array.from({ length: 12 }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return 32 + (state % 300);
  });
}
