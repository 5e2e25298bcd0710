import type { Language, Me } from '@parley/api-contract';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { createParleyApi } from './parley-api.ts';
import { jsonResponse as json, recordingFetch } from './recording-fetch.ts';

const me: Me = {
  user: {
    id: 'u1',
    email: 'admin@demo.test',
    name: 'Ada Admin',
    role: 'admin',
    active: true,
    language: 'de',
    timeZone: 'Europe/Berlin',
    receivesInterviewInvitations: false,
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  organization: { id: 'o1', name: 'Demo', timeZone: 'Europe/Berlin' },
  csrfToken: 'csrf-123',
  features: { devMailbox: true },
};

/** An API client over a fake `fetch` that records the wire requests and answers from a queue. */
function apiAnswering(answers: Response[], language: Language = 'en', onUnauthenticated?: () => void) {
  const { fetch, requests } = recordingFetch(answers);
  const api = createParleyApi({
    getLanguage: () => language,
    ...(onUnauthenticated ? { onUnauthenticated } : {}),
    fetch,
  });
  return { api, requests };
}

describe('createParleyApi', () => {
  it('logs in with a JSON body, same-origin credentials and the UI language', async () => {
    const { api, requests } = apiAnswering([json(200, me)], 'ja');
    await expect(api.login({ email: 'admin@demo.test', password: 'secret' })).resolves.toEqual(me);
    expect(requests).toEqual([
      {
        url: '/api/auth/login',
        method: 'POST',
        headers: { accept: 'application/json', 'accept-language': 'ja', 'content-type': 'application/json' },
        body: { email: 'admin@demo.test', password: 'secret' },
        credentials: 'same-origin',
      },
    ]);
  });

  it('sends the CSRF token of the last Me on state-changing requests only', async () => {
    const renewed = { ...me, csrfToken: 'csrf-456' };
    const { api, requests } = apiAnswering([
      json(200, me),
      json(200, { users: [] }),
      json(200, renewed),
      new Response(null, { status: 204 }),
    ]);
    await api.getMe();
    await api.listUsers();
    await api.updateMe({ timeZone: 'Asia/Tokyo' });
    await api.revokeInvitation('inv/1');
    expect(requests.map((request) => [request.method, request.url, request.headers['x-csrf-token']])).toEqual(
      [
        ['GET', '/api/me', undefined],
        ['GET', '/api/users', undefined],
        ['PATCH', '/api/me', 'csrf-123'],
        ['DELETE', '/api/invitations/inv%2F1', 'csrf-456'],
      ],
    );
  });

  it('forgets the CSRF token after logout', async () => {
    const { api, requests } = apiAnswering([
      json(200, me),
      new Response(null, { status: 204 }),
      json(200, me),
    ]);
    await api.getMe();
    await api.logout();
    await api.login({ email: 'a@b.test', password: 'x' });
    expect(requests[1]?.headers['x-csrf-token']).toBe('csrf-123');
    expect(requests[2]?.headers['x-csrf-token']).toBeUndefined();
  });

  it('turns the documented error body into an ApiError with code, message and field details', async () => {
    const details = [{ path: 'email', message: 'Ungültige E-Mail-Adresse' }];
    const { api } = apiAnswering([
      json(400, { error: { code: 'VALIDATION_FAILED', message: 'Eingaben prüfen', details } }),
    ]);
    const failure = await api
      .createInvitation({ email: 'x', role: 'recruiter' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Eingaben prüfen',
      details,
    });
  });

  it('reports a lost session once, but not wrong credentials', async () => {
    let endedSessions = 0;
    const { api } = apiAnswering(
      [
        json(401, { error: { code: 'INVALID_CREDENTIALS', message: 'Wrong email or password' } }),
        json(401, { error: { code: 'UNAUTHENTICATED', message: 'Please log in' } }),
      ],
      'en',
      () => endedSessions++,
    );
    await expect(api.login({ email: 'a@b.test', password: 'wrong' })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    await expect(api.listInvitations()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(endedSessions).toBe(1);
  });

  it('names network failures and answers that are not Parley errors', async () => {
    const { api } = apiAnswering([new Response('<h1>Bad gateway</h1>', { status: 502 })]);
    await expect(api.listUsers()).rejects.toMatchObject({ code: 'UNEXPECTED_RESPONSE', status: 502 });
    await expect(api.listUsers()).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });

  it('unwraps list and single-resource envelopes', async () => {
    const invitation = {
      id: 'i1',
      email: 'new@demo.test',
      role: 'interviewer',
      status: 'pending',
      expiresAt: '2026-02-01T00:00:00.000Z',
      createdAt: '2026-01-25T00:00:00.000Z',
      invitedBy: { id: 'u1', name: 'Ada Admin' },
    };
    const { api, requests } = apiAnswering([
      json(201, { invitation }),
      json(200, { user: me.user }),
      json(200, { messages: [] }),
    ]);
    await expect(api.createInvitation({ email: 'new@demo.test', role: 'interviewer' })).resolves.toEqual(
      invitation,
    );
    await expect(api.updateUser('u1', { active: false })).resolves.toEqual(me.user);
    await expect(api.listMailboxMessages()).resolves.toEqual([]);
    expect(
      requests.map((request) => `${request.method} ${request.url} ${JSON.stringify(request.body)}`),
    ).toEqual([
      'POST /api/invitations {"email":"new@demo.test","role":"interviewer"}',
      'PATCH /api/users/u1 {"active":false}',
      'GET /api/dev/mailbox undefined',
    ]);
  });

  it('accepts an invitation by token and keeps the new CSRF token', async () => {
    const { api, requests } = apiAnswering([
      json(200, me),
      json(200, { users: [] }),
      json(200, { user: me.user }),
    ]);
    await api.acceptInvitation('tok en', { name: 'New Person', password: '0123456789', language: 'ja' });
    await api.listUsers();
    await api.updateUser('u1', { role: 'recruiter' });
    expect(requests[0]?.url).toBe('/api/invitations/by-token/tok%20en/accept');
    expect(requests[2]?.headers['x-csrf-token']).toBe('csrf-123');
  });
});
