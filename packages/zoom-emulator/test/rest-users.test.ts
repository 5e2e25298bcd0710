import { describe, expect, it } from 'vitest';
import { schemaErrors } from './helpers/schema-errors.ts';
import { authorizeUser, callApi, s2sToken, useTestEmulator } from './helpers/test-emulator.ts';

const emulator = useTestEmulator();

/** A GET as member1 through the user-managed app, whose token carries none of the admin scopes. */
async function getAsUserAppMember(path: string) {
  const tokens = await authorizeUser(emulator, 'parley-user', 'member1@acme.test');
  return callApi(emulator, tokens.access_token, 'GET', path);
}

/** Zoom's answer to a token without the scopes a request needs: 400, code 4711, the scopes named. */
function expectMissingScopes(response: Awaited<ReturnType<typeof callApi>>, scopes: string) {
  expect(response.status).toBe(400);
  expect(response.json).toEqual({
    code: 4711,
    message: `Invalid access token, does not contain scopes:[${scopes}].`,
  });
}

describe('GET /users/{userId}', () => {
  it('returns the token user for me, valid against the Users API schema', async () => {
    const tokens = await authorizeUser(emulator, 'parley-org', 'admin@acme.test');
    const me = await callApi(emulator, tokens.access_token, 'GET', '/users/me');
    expect(me.status).toBe(200);
    expect(schemaErrors('get-user.response', me.json)).toEqual([]);
    expect(me.json).toMatchObject({
      email: 'admin@acme.test',
      role_name: 'Admin',
      role_id: '1',
      type: 2,
      status: 'active',
    });
    expect(me.headers.get('x-ratelimit-category')).toBe('Light');
  });

  it('finds a user of the account by id or email, and no user of another account (1001)', async () => {
    const token = await s2sToken(emulator);
    const byEmail = await callApi(emulator, token, 'GET', '/users/basic@acme.test');
    expect(byEmail.json).toMatchObject({ type: 1, email: 'basic@acme.test' });
    const byId = await callApi(emulator, token, 'GET', `/users/${byEmail.json.id}`);
    expect(byId.json.email).toBe('basic@acme.test');
    const foreign = await callApi(emulator, token, 'GET', '/users/owner@globex.test');
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ code: 1001, message: 'User does not exist: owner@globex.test.' });
    expect(schemaErrors('derived/zoom-error.response', foreign.json)).toEqual([]);
  });

  it('requires user-managed apps to say me', async () => {
    const tokens = await authorizeUser(emulator, 'parley-user', 'member9@acme.test');
    expect((await callApi(emulator, tokens.access_token, 'GET', '/users/me')).status).toBe(200);
    const byEmail = await callApi(emulator, tokens.access_token, 'GET', '/users/member9@acme.test');
    expectMissingScopes(byEmail, 'user:read:user:admin');
  });

  it('accepts the token only in the Authorization header', async () => {
    const token = await s2sToken(emulator);
    const response = await fetch(`${emulator.url}/v2/users/me?access_token=${token}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      code: 124,
      message: 'Invalid access token, this access token is not supported as query parameter string.',
    });
    const none = await fetch(`${emulator.url}/v2/users/me`);
    expect(await none.json()).toEqual({ code: 124, message: 'Invalid access token.' });
  });
});

describe('GET /users', () => {
  it('pages through all 363 active users with next_page_token, 300 at most per page', async () => {
    const token = await s2sToken(emulator);
    const first = await callApi(emulator, token, 'GET', '/users?page_size=500');
    expect(first.status).toBe(200);
    expect(schemaErrors('list-users.response', first.json)).toEqual([]);
    expect(first.json).toMatchObject({ page_size: 300, total_records: 363, page_count: 2, page_number: 1 });
    expect(first.json.users).toHaveLength(300);
    const second = await callApi(
      emulator,
      token,
      'GET',
      `/users?page_size=500&next_page_token=${first.json.next_page_token}`,
    );
    expect(second.json.users).toHaveLength(63);
    expect(second.json.next_page_token).toBe('');
    const emails = new Set(
      [...first.json.users, ...second.json.users].map((user: { email: string }) => user.email),
    );
    expect(emails.size).toBe(363);
    expect(emails.has('member360@acme.test')).toBe(true);
    expect(emails.has('pending@acme.test')).toBe(false);
  });

  it('lets next_page_token expire after 15 minutes', async () => {
    const token = await s2sToken(emulator);
    const first = await callApi(emulator, token, 'GET', '/users?page_size=10');
    emulator.control.advanceClock(15 * 60_000);
    const late = await callApi(
      emulator,
      token,
      'GET',
      `/users?page_size=10&next_page_token=${first.json.next_page_token}`,
    );
    expect(late.status).toBe(400);
    expect(late.json).toEqual({ code: 300, message: 'The next page token is invalid or expired.' });
  });

  it('filters by status; pending users come without an id', async () => {
    const token = await s2sToken(emulator);
    const pending = await callApi(emulator, token, 'GET', '/users?status=pending');
    expect(schemaErrors('list-users.response', pending.json)).toEqual([]);
    expect(pending.json.users).toHaveLength(1);
    expect(pending.json.users[0].email).toBe('pending@acme.test');
    expect(pending.json.users[0]).not.toHaveProperty('id');
    const inactive = await callApi(emulator, token, 'GET', '/users?status=inactive');
    expect(inactive.json.users.map((user: { email: string }) => user.email)).toEqual(['former@acme.test']);
    const invalid = await callApi(emulator, token, 'GET', '/users?status=gone');
    expect(invalid.json).toMatchObject({
      code: 300,
      errors: [{ field: 'status', message: 'Invalid field.' }],
    });
  });

  it("names the missing scope when the token lacks it, as Zoom's error does", async () => {
    expectMissingScopes(await getAsUserAppMember('/users'), 'user:read:list_users:admin');
  });

  it('stops an admin-managed token from listing users once its user is no longer an admin', async () => {
    const tokens = await authorizeUser(emulator, 'parley-org', 'admin@acme.test');
    expect((await callApi(emulator, tokens.access_token, 'GET', '/users')).status).toBe(200);
    emulator.control.setUserRole('admin@acme.test', 'member');
    const afterDowngrade = await callApi(emulator, tokens.access_token, 'GET', '/users');
    expect(afterDowngrade.json).toEqual({ code: 200, message: 'No permission.' });
    expect((await callApi(emulator, tokens.access_token, 'GET', '/users/me')).status).toBe(200);
  });
});

describe('GET /users/{userId}/settings', () => {
  it("reports a user's Concurrent Meeting feature, valid against the Users API schema, and follows the control API", async () => {
    emulator.control.reset({
      accounts: [
        {
          key: 'biz',
          name: 'Biz',
          plan: 'business',
          users: [
            { email: 'owner@biz.test', firstName: 'O', lastName: 'Wner', role: 'owner' },
            { email: 'two@biz.test', firstName: 'T', lastName: 'Wo', concurrentMeeting: 'Basic' },
          ],
        },
      ],
      apps: [
        {
          clientId: 'parley-s2s',
          clientSecret: 'parley-s2s-secret',
          name: 'S2S',
          type: 's2s',
          scopes: ['user:read:settings:admin'],
          webhookSecret: 'secret',
          installedOn: ['biz'],
        },
      ],
    });
    const token = await s2sToken(emulator, 'biz');
    const settings = await callApi(emulator, token, 'GET', '/users/two@biz.test/settings');
    expect(settings.status).toBe(200);
    expect(schemaErrors('get-user-settings.response', settings.json)).toEqual([]);
    expect(settings.json.feature.concurrent_meeting).toBe('Basic');
    expect(settings.headers.get('x-ratelimit-category')).toBe('Medium');
    const owner = await callApi(emulator, token, 'GET', '/users/me/settings');
    expect(owner.json.feature.concurrent_meeting).toBe('None');

    emulator.control.setUserConcurrentMeeting('two@biz.test', 'Plus');
    const changed = await callApi(emulator, token, 'GET', '/users/two@biz.test/settings');
    expect(changed.json.feature.concurrent_meeting).toBe('Plus');
    const missing = await callApi(emulator, token, 'GET', '/users/nobody@biz.test/settings');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ code: 1001, message: 'User does not exist: nobody@biz.test.' });
  });

  it("refuses a token without a settings scope with Zoom's missing-scopes error (4711)", async () => {
    expectMissingScopes(
      await getAsUserAppMember('/users/me/settings'),
      'user:read:settings, user:read:settings:admin',
    );
  });

  it('answers 1120 for an invited user who has not joined', async () => {
    const token = await s2sToken(emulator);
    const response = await callApi(emulator, token, 'GET', '/users/pending@acme.test/settings');
    expect(response.status).toBe(400);
    expect(response.json.code).toBe(1120);
  });
});

describe('GET /rooms', () => {
  it("lists the account's Zoom Rooms, valid against the Rooms API schema, and filters by status", async () => {
    const token = await s2sToken(emulator);
    const rooms = await callApi(emulator, token, 'GET', '/rooms');
    expect(schemaErrors('list-rooms.response', rooms.json)).toEqual([]);
    expect(rooms.json.rooms.map((room: { name: string }) => room.name)).toEqual([
      'Boardroom',
      'Huddle Room 1',
      'Interview Room',
    ]);
    const offline = await callApi(emulator, token, 'GET', '/rooms?status=Offline');
    expect(offline.json.rooms).toHaveLength(1);
    expectMissingScopes(await getAsUserAppMember('/rooms'), 'zoom_rooms:read:list_rooms:admin');
  });
});
