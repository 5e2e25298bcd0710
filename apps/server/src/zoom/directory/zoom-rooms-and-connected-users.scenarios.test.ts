import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import type { TestSession } from '../../test/create-test-app.ts';
import { describeZoomAccess } from '../access/resolve-zoom-access.ts';
import { createDirectoryTestWorld, type DirectoryOrganization } from '../testing/directory-test-world.ts';
import { insertZoomConnection, readConnection, type ZoomTestApp } from '../testing/zoom-test-fixtures.ts';

let parley: ZoomTestApp;
let acme: DirectoryOrganization;
let globex: DirectoryOrganization;

beforeAll(async () => {
  ({ parley, acme, globex } = await createDirectoryTestWorld());
});

afterAll(async () => {
  await parley?.close();
});

const get = (url: string, as: TestSession) => parley.request({ method: 'GET', url, as });
const post = (url: string, as: TestSession) => parley.request({ method: 'POST', url, as });

describe('Zoom Rooms', () => {
  it('lists none before a sync, then the account’s rooms by name; recruiters read, only admins sync', async () => {
    expect((await get('/api/zoom/rooms', acme.recruiter)).json()).toEqual({ rooms: [], syncedAt: null });
    expect((await post('/api/zoom/rooms/sync', acme.recruiter)).statusCode).toBe(403);
    const synced = await post('/api/zoom/rooms/sync', acme.admin);
    expect(synced.statusCode, synced.body).toBe(200);
    const list = synced.json();
    expect(list.rooms.map((room: { name: string; status: string }) => [room.name, room.status])).toEqual([
      ['Boardroom', 'Available'],
      ['Huddle Room 1', 'Available'],
      ['Interview Room', 'Offline'],
    ]);
    expect(list.syncedAt).toEqual(expect.any(String));
    expect((await get('/api/zoom/rooms', acme.recruiter)).json()).toEqual(list);
    expect((await get('/api/zoom/rooms', acme.interviewer)).statusCode).toBe(403);

    parley.emulator.control.createRoom('acme', { name: 'Atrium', status: 'Available' });
    const resynced = (await post('/api/zoom/rooms/sync', acme.admin)).json();
    expect(resynced.rooms.map((room: { name: string }) => room.name)).toEqual([
      'Atrium',
      'Boardroom',
      'Huddle Room 1',
      'Interview Room',
    ]);
  });

  it('is per organization: Globex has no rooms and does not see Acme’s', async () => {
    const globexRooms = (await post('/api/zoom/rooms/sync', globex.admin)).json();
    expect(globexRooms.rooms).toEqual([]);
    expect(globexRooms.syncedAt).toEqual(expect.any(String));
    // Read later (a page reload): still known to have been read, not "never read".
    expect((await get('/api/zoom/rooms', globex.admin)).json()).toEqual({
      rooms: [],
      syncedAt: globexRooms.syncedAt,
    });
  });
});

describe('connected users', () => {
  it('shows every user with the source precedence uses, status, Zoom email and last use', async () => {
    const interviewerId = acme.interviewer.userId;
    await insertZoomConnection(parley, {
      organizationId: acme.organizationId,
      kind: 'personal',
      userId: interviewerId,
      zoomEmail: 'member50@acme.test',
    });
    await parley.database.db.update(users).set({ active: false }).where(eq(users.id, acme.recruiter.userId));
    const hosts = (await get('/api/zoom/host-candidates', acme.admin)).json().hosts as {
      email: string;
      isDefault: boolean;
    }[];
    const defaultHostEmail = hosts.find((host) => host.isDefault)?.email ?? 'admin@acme.test';
    const response = await get('/api/zoom/connected-users', acme.admin);
    expect(response.statusCode).toBe(200);
    const listed = response.json().users as {
      user: { id: string; email: string; active: boolean };
      source: string;
      status: string;
      zoomEmail: string | null;
      lastUsedAt: string | null;
    }[];
    // Organization users' meetings are created for the default host; a deactivated user gets nothing.
    expect(listed.map((entry) => [entry.user.email, entry.source, entry.status, entry.zoomEmail])).toEqual([
      ['admin@directory-acme.test', 'organization', 'connected', defaultHostEmail],
      ['interviewer@directory-acme.test', 'personal', 'connected', 'member50@acme.test'],
      ['recruiter@directory-acme.test', 'none', 'not_connected', null],
    ]);
    expect(listed.find((entry) => entry.user.id === acme.recruiter.userId)!.user.active).toBe(false);
    // Syncs above used the organization connection, but not as any one user: no use of their own.
    const organization = await readConnection(parley, acme.connectionId);
    expect(organization!.lastUsedAt).not.toBeNull();
    expect(listed[0]!.lastUsedAt).toBeNull();
    for (const entry of listed.filter((listedUser) => listedUser.user.active)) {
      const choice = await describeZoomAccess(parley.database.db, entry.user.id);
      expect(entry.source).toBe(choice.source);
      expect(entry.status).toBe(choice.connection?.status ?? 'not_connected');
    }
    await parley.database.db.update(users).set({ active: true }).where(eq(users.id, acme.recruiter.userId));
  });

  it('shows "none" without any connection, and only the organization’s own users', async () => {
    await parley.createOrganization('Directory Unconnected', [{ role: 'admin' }, { role: 'interviewer' }]);
    const admin = await parley.login('admin@directory-unconnected.test');
    const listed = (await get('/api/zoom/connected-users', admin)).json().users;
    expect(listed).toHaveLength(2);
    expect(listed.every((entry: { source: string; status: string }) => entry.source === 'none')).toBe(true);
    expect(listed.every((entry: { status: string }) => entry.status === 'not_connected')).toBe(true);
    const theirs = (await get('/api/zoom/connected-users', globex.admin)).json().users;
    expect(theirs.map((entry: { user: { email: string } }) => entry.user.email)).toEqual([
      'admin@directory-globex.test',
      'interviewer@directory-globex.test',
      'recruiter@directory-globex.test',
    ]);
    expect((await get('/api/zoom/host-candidates', admin)).json()).toEqual({ hosts: [] });
    expect((await post('/api/zoom/account-users/sync', admin)).json().error.code).toBe('ZOOM_NOT_CONNECTED');
    const emptyChoice = await parley.request({
      method: 'PUT',
      url: '/api/zoom/host-candidates',
      as: admin,
      payload: { hosts: [] },
    });
    expect(emptyChoice.json().error.code).toBe('ZOOM_NOT_CONNECTED');
  });

  it('refuses to read Zoom over a connection that needs a reconnect', async () => {
    await parley.database.db
      .update(zoomConnections)
      .set({ status: 'needs_reconnect', statusReason: 'zoom_admin_role_lost' })
      .where(eq(zoomConnections.id, globex.connectionId));
    for (const url of ['/api/zoom/account-users/sync', '/api/zoom/rooms/sync']) {
      const response = await post(url, globex.admin);
      expect(response.statusCode, url).toBe(409);
      expect(response.json().error.code).toBe('ZOOM_NEEDS_RECONNECT');
    }
    // What was read before stays readable.
    expect((await get('/api/zoom/rooms', globex.admin)).json()).toEqual({
      rooms: [],
      syncedAt: expect.any(String),
    });
    const hosts = (await get('/api/zoom/host-candidates', globex.admin)).json().hosts;
    expect(hosts.map((host: { email: string }) => host.email)).toEqual(['owner@globex.test']);
  });
});
