import { beforeAll, describe, expect, it } from 'vitest';
import type { TestSession } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';

const parley = useTestApp();
let admin: TestSession;
let ids: Record<string, string>;

beforeAll(async () => {
  ({ userIds: ids } = await parley.createOrganization('Access Co', [
    { role: 'admin' },
    { role: 'recruiter' },
    { role: 'interviewer' },
  ]));
  admin = await parley.login('admin@access-co.test');
});

const patchUser = (id: string, payload: object, as = admin) =>
  parley.request({ method: 'PATCH', url: `/api/users/${id}`, as, payload });

describe('changing roles and deactivating', () => {
  it('changes a role, and the new role applies to the user’s next request', async () => {
    const recruiter = await parley.login('recruiter@access-co.test');
    expect((await parley.request({ method: 'GET', url: '/api/users', as: recruiter })).statusCode).toBe(403);
    const promoted = await patchUser(ids['recruiter@access-co.test']!, { role: 'admin' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json().user).toMatchObject({
      email: 'recruiter@access-co.test',
      role: 'admin',
      active: true,
    });
    expect((await parley.request({ method: 'GET', url: '/api/users', as: recruiter })).statusCode).toBe(200);
    await patchUser(ids['recruiter@access-co.test']!, { role: 'recruiter' });
  });

  it('refuses to leave the organization without an active admin: 409 LAST_ADMIN', async () => {
    const adminId = ids['admin@access-co.test']!;
    for (const payload of [{ role: 'recruiter' }, { active: false }]) {
      const response = await patchUser(adminId, payload);
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toEqual({
        code: 'LAST_ADMIN',
        message: 'The organization needs at least one active admin.',
      });
    }
    const users = (await parley.request({ method: 'GET', url: '/api/users', as: admin })).json().users;
    expect(users.find((user: { id: string }) => user.id === adminId)).toMatchObject({
      role: 'admin',
      active: true,
    });
  });

  it('lets an admin step down once another active admin exists', async () => {
    await patchUser(ids['interviewer@access-co.test']!, { role: 'admin' });
    const stepDown = await patchUser(ids['admin@access-co.test']!, { role: 'recruiter' });
    expect(stepDown.statusCode).toBe(200);
    // The former admin's own session now lacks the role.
    expect((await parley.request({ method: 'GET', url: '/api/users', as: admin })).statusCode).toBe(403);
  });

  it('reactivates a deactivated user, who can then sign in again', async () => {
    const newAdmin = await parley.login('interviewer@access-co.test');
    const recruiterId = ids['recruiter@access-co.test']!;
    expect((await patchUser(recruiterId, { active: false }, newAdmin)).json().user.active).toBe(false);
    await expect(parley.login('recruiter@access-co.test')).rejects.toThrow(/401/);
    expect((await patchUser(recruiterId, { active: true }, newAdmin)).json().user.active).toBe(true);
    expect((await parley.login('recruiter@access-co.test')).userId).toBe(recruiterId);
  });

  it('records each change in the audit log', async () => {
    const { rows } = await parley.database.executeSql(
      "SELECT action FROM audit_events WHERE action LIKE 'user.%' ORDER BY at",
    );
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['user.role_changed', 'user.deactivated', 'user.reactivated']),
    );
    await expect(parley.database.executeSql('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });
});

describe('profile', () => {
  it('lets every user set name, language and a canonical IANA time zone', async () => {
    const session = await parley.login('recruiter@access-co.test');
    const response = await parley.request({
      method: 'PATCH',
      url: '/api/me',
      as: session,
      payload: { name: '  Rita Recruiter ', language: 'de', timeZone: 'europe/berlin' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      name: 'Rita Recruiter',
      language: 'de',
      timeZone: 'Europe/Berlin',
    });
    const again = await parley.request({ method: 'GET', url: '/api/me', as: session });
    expect(again.json().user).toMatchObject({ language: 'de', timeZone: 'Europe/Berlin' });
  });

  it('stores a renamed zone under the name IANA uses today (Asia/Calcutta → Asia/Kolkata)', async () => {
    const session = await parley.login('recruiter@access-co.test');
    for (const [given, stored] of [
      ['Asia/Calcutta', 'Asia/Kolkata'],
      ['Asia/Kolkata', 'Asia/Kolkata'],
      ['europe/kiev', 'Europe/Kyiv'],
      ['Europe/Kyiv', 'Europe/Kyiv'],
    ]) {
      const response = await parley.request({
        method: 'PATCH',
        url: '/api/me',
        as: session,
        payload: { timeZone: given },
      });
      expect(response.statusCode, given).toBe(200);
      expect(response.json().user.timeZone, given).toBe(stored);
    }
  });
});
