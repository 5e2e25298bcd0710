import { beforeAll, describe, expect, it } from 'vitest';
import { invalidFields, type TestRequest, type TestSession } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';

const parley = useTestApp();
let admin: TestSession;
let germanAdmin: TestSession;

beforeAll(async () => {
  await parley.createOrganization('Input Co', [
    { role: 'admin' },
    { role: 'admin', email: 'deutsch@input-co.test', language: 'de' },
  ]);
  admin = await parley.login('admin@input-co.test');
  germanAdmin = await parley.login('deutsch@input-co.test');
});

const json = { 'content-type': 'application/json' };
/** A request to the API, anonymous unless `as` says who. */
const send = (
  method: TestRequest['method'],
  url: string,
  options: Omit<TestRequest, 'method' | 'url'> = {},
) => parley.request({ method, url, ...options });

describe('bad input gets a 4xx with a clear message, never a 500', () => {
  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const response = await send('POST', '/api/auth/login', {
      payload: '{"email": "admin@input-co.test", ',
      headers: json,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'MALFORMED_JSON',
      message: 'The request body is not valid JSON.',
    });
  });

  it.each([
    ['an empty JSON body', 'POST', '/api/auth/login', ''],
    ['JSON with __proto__', 'PATCH', '/api/me', '{"__proto__": {"admin": true}, "name": "x"}'],
  ] as const)('%s → 400 MALFORMED_JSON', async (_case, method, url, payload) => {
    const response = await send(method, url, { as: admin, payload, headers: json });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('MALFORMED_JSON');
  });

  it('missing fields → 400 VALIDATION_FAILED naming each field', async () => {
    const response = await parley.request({ method: 'POST', url: '/api/auth/login', payload: {} });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Some fields are missing or invalid.');
    expect(invalidFields(response)).toEqual(['email', 'password']);
    expect(error.details[0].message).toBe('This field is required.');
  });

  it('wrongly typed fields → 400 VALIDATION_FAILED, without echoing the values', async () => {
    const response = await send('POST', '/api/auth/login', {
      payload: { email: 42, password: ['secret-value-123'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'email', message: 'This value has the wrong type.' },
      { path: 'password', message: 'This value has the wrong type.' },
    ]);
    expect(response.body).not.toContain('secret-value-123');
  });

  it('a body that is not an object → 400 naming the body', async () => {
    const response = await send('POST', '/api/auth/login', { payload: '["x"]', headers: json });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'body', message: 'This value has the wrong type.' },
    ]);
  });

  it('a body over 1 MiB → 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await send('PATCH', '/api/me', {
      as: admin,
      payload: JSON.stringify({ name: 'x'.repeat(1024 * 1024) }),
      headers: json,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The request body is larger than 1 MiB.',
    });
  });

  it('a body that is not JSON → 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await send('POST', '/api/auth/login', {
      payload: 'email=a&password=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it.each([
    ['a malformed id in the path', 'PATCH', '/api/users/not-a-uuid', {}, 'id'],
    ['an invalid email', 'POST', '/api/invitations', { email: 'not an email', role: 'recruiter' }, 'email'],
  ] as const)('%s → 400 VALIDATION_FAILED for the field', async (_case, method, url, payload, field) => {
    const response = await send(method, url, { as: admin, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe(field);
  });

  it('an unknown role or language → 400 naming the field and the allowed values', async () => {
    const invite = await send('POST', '/api/invitations', {
      as: admin,
      payload: { email: 'someone@example.test', role: 'owner' },
    });
    expect(invite.statusCode).toBe(400);
    expect(invite.json().error.details).toEqual([
      { path: 'role', message: 'Must be one of: admin, recruiter, interviewer.' },
    ]);
    const profile = await send('PATCH', '/api/me', { as: admin, payload: { language: 'fr' } });
    expect(profile.json().error.details[0].path).toBe('language');
  });

  it('a limit in words a person understands, in their language (not zod’s developer text)', async () => {
    const response = await send('PATCH', '/api/me', {
      as: germanAdmin,
      payload: { name: 'x'.repeat(5_000) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'name', message: expect.stringMatching(/^Darf höchstens \d+ Zeichen lang sein\.$/) },
    ]);
  });

  it('an unknown time zone → 400 with a message in the user’s language', async () => {
    const response = await send('PATCH', '/api/me', {
      as: germanAdmin,
      payload: { timeZone: 'Mars/Olympus_Mons' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Einige Angaben fehlen oder sind ungültig.',
      details: [{ path: 'timeZone', message: 'Muss eine IANA-Zeitzone wie Europe/Berlin sein.' }],
    });
  });

  it.each([
    ['POST', '/api/auth/login', { email: 'admin@input-co.test\u0000', password: 'x' }, 'email'],
    ['PATCH', '/api/me', { name: 'Ada\u0000Lovelace' }, 'name'],
    ['PATCH', '/api/me', { name: 'Ada \ud800' }, 'name'],
    ['PATCH', '/api/me', { name: '\udc00 Ada' }, 'name'],
    [
      'POST',
      '/api/invitations/by-token/some-token/accept',
      { name: 'Ada\u0000', password: 'a long enough password' },
      'name',
    ],
    [
      'PUT',
      '/api/zoom/organization/server-to-server',
      { accountId: 'account\u0000', clientId: 'client', clientSecret: 'secret' },
      'accountId',
    ],
    [
      'POST',
      '/api/zoom/organization/server-to-server/test',
      { accountId: 'account', clientId: '\ud800', clientSecret: 'secret' },
      'clientId',
    ],
    [
      'PUT',
      '/api/zoom/host-candidates',
      { hosts: [{ zoomUserId: 'u1', label: 'Host\u0000' }] },
      'hosts.0.label',
    ],
    ['POST', '/api/invitations', { email: 'new\u0000@example.test', role: 'recruiter' }, 'email'],
    ['GET', '/api/audit-events?action=%00', undefined, 'action'],
    ['GET', '/api/zoom/account-users?search=a%00b', undefined, 'search'],
  ] as const)('NUL or a lone surrogate: %s %s → 400 for the field', async (method, url, payload, field) => {
    const response = await parley.request({ method, url, as: admin, payload });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Some fields are missing or invalid.',
      details: [
        {
          path: field,
          message: 'Contains characters that are not text (a NUL byte or a broken Unicode character).',
        },
      ],
    });
  });

  it('NUL in a field → 400 with the message in the user’s language', async () => {
    const response = await send('PATCH', '/api/me', { as: germanAdmin, payload: { name: 'Grete\u0000' } });
    expect(response.json().error.details).toEqual([
      {
        path: 'name',
        message: 'Enthält Zeichen, die kein Text sind (ein NUL-Byte oder ein defektes Unicode-Zeichen).',
      },
    ]);
  });

  it('an unknown API path → 404 NOT_FOUND in the API’s error shape', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const response = await parley.request({ method, url: '/api/no-such-thing', as: admin });
      expect(response.statusCode).toBe(404);
      expect(response.json().error).toEqual({ code: 'NOT_FOUND', message: 'Not found.' });
    }
  });

  it('no route answers 500 to garbage', async () => {
    const garbage = [
      'null',
      '0',
      '"text"',
      '[]',
      '{"email": null}',
      '{"role": {}, "active": "yes", "name": 5}',
    ];
    const routes = [
      ['POST', '/api/auth/login'],
      ['PATCH', '/api/me'],
      ['PATCH', '/api/users/00000000-0000-0000-0000-000000000000'],
      ['POST', '/api/invitations'],
      ['POST', '/api/invitations/by-token/x/accept'],
    ] as const;
    for (const [method, url] of routes) {
      for (const payload of garbage) {
        const response = await parley.request({ method, url, as: admin, payload, headers: json });
        // Unknown fields are ignored, so some of these are valid (e.g. PATCH /api/me with {"email": null}).
        expect(response.statusCode, `${method} ${url} ${payload}: ${response.body}`).toBeLessThan(500);
        if (response.statusCode >= 400) expect(response.json().error.message).toEqual(expect.any(String));
      }
    }
  });
});
