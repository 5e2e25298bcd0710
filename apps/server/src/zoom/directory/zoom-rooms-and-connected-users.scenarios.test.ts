import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../db/schema.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { describeZoomAccess } from '../access/resolve-zoom-access.ts';
import { useDirectoryTestWorld } from '../testing/directory-test-world.ts';
import { insertZoomConnection, readConnection } from '../testing/zoom-test-fixtures.ts';

const world = useDirectoryTestWorld();

describe('Zoom Rooms', () => {
  it('lists none before a sync, then the account’s rooms by name; recruiters read, only admins sync', async () => {
    expect((await world.get('/api/zoom/rooms', world.acme.recruiter)).json()).toEqual({
      rooms: [],
      syncedAt: null,
    });
    expect((await world.post('/api/zoom/rooms/sync', world.acme.recruiter)).statusCode).toBe(403);
    const synced = await world.post('/api/zoom/rooms/sync', world.acme.admin);
    expect(synced.statusCode, synced.body).toBe(200);
    const list = synced.json();
    expect(list.rooms.map((room: { name: string; status: string }) => [room.name, room.status])).toEqual([
      ['Boardroom', 'Available'],
      ['Huddle Room 1', 'Available'],
      ['Interview Room', 'Offline'],
    ]);
    expect(list.syncedAt).toEqual(expect.any(String));
    expect((await world.get('/api/zoom/rooms', world.acme.recruiter)).json()).toEqual(list);
    expect((await world.get('/api/zoom/rooms', world.acme.interviewer)).statusCode).toBe(403);

    world.parley.emulator.control.createRoom('acme', { name: 'Atrium', status: 'Available' });
    const resynced = (await world.post('/api/zoom/rooms/sync', world.acme.admin)).json();
    expect(resynced.rooms.map((room: { name: string }) => room.name)).toEqual([
      'Atrium',
      'Boardroom',
      'Huddle Room 1',
      'Interview Room',
    ]);
  });

  it('is per organization: Globex has no rooms and does not see Acme’s', async () => {
    const globexRooms = (await world.post('/api/zoom/rooms/sync', world.globex.admin)).json();
    expect(globexRooms.rooms).toEqual([]);
    expect(globexRooms.syncedAt).toEqual(expect.any(String));
    // Read later (a page reload): still known to have been read, not "never read".
    expect((await world.get('/api/zoom/rooms', world.globex.admin)).json()).toEqual({
      rooms: [],
      syncedAt: globexRooms.syncedAt,
    });
  });
});

describe('connected users', () => {
  it('shows every user with the source precedence uses, status, Zoom email and last use', async () => {
    const interviewerId = world.acme.interviewer.userId;
    await insertZoomConnection(world.parley, {
      organizationId: world.acme.organizationId,
      kind: 'personal',
      userId: interviewerId,
      zoomEmail: 'member50@acme.test',
    });
    await world.parley.database.db
      .update(users)
      .set({ active: false })
      .where(eq(users.id, world.acme.recruiter.userId));
    const hosts = (await world.get('/api/zoom/host-candidates', world.acme.admin)).json().hosts as {
      email: string;
      isDefault: boolean;
    }[];
    const defaultHostEmail = hosts.find((host) => host.isDefault)?.email ?? 'admin@acme.test';
    const response = await world.get('/api/zoom/connected-users', world.acme.admin);
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
    expect(listed.find((entry) => entry.user.id === world.acme.recruiter.userId)!.user.active).toBe(false);
    // Syncs above used the organization connection, but not as any one user: no use of their own.
    const organization = await readConnection(world.parley, world.acme.connectionId);
    expect(organization!.lastUsedAt).not.toBeNull();
    expect(listed[0]!.lastUsedAt).toBeNull();
    for (const entry of listed.filter((listedUser) => listedUser.user.active)) {
      const choice = await describeZoomAccess(world.parley.database.db, entry.user.id);
      expect(entry.source).toBe(choice.source);
      expect(entry.status).toBe(choice.connection?.status ?? 'not_connected');
    }
    await world.parley.database.db
      .update(users)
      .set({ active: true })
      .where(eq(users.id, world.acme.recruiter.userId));
  });

  it('shows "none" without any connection, and only the organization’s own users', async () => {
    await world.parley.createOrganization('Directory Unconnected', [
      { role: 'admin' },
      { role: 'interviewer' },
    ]);
    const admin = await world.parley.login('admin@directory-unconnected.test');
    const listed = (await world.get('/api/zoom/connected-users', admin)).json().users;
    expect(listed).toHaveLength(2);
    expect(listed.every((entry: { source: string; status: string }) => entry.source === 'none')).toBe(true);
    expect(listed.every((entry: { status: string }) => entry.status === 'not_connected')).toBe(true);
    const theirs = (await world.get('/api/zoom/connected-users', world.globex.admin)).json().users;
    expect(theirs.map((entry: { user: { email: string } }) => entry.user.email)).toEqual([
      'admin@directory-globex.test',
      'interviewer@directory-globex.test',
      'recruiter@directory-globex.test',
    ]);
    expect((await world.get('/api/zoom/host-candidates', admin)).json()).toEqual({ hosts: [] });
    expect((await world.post('/api/zoom/account-users/sync', admin)).json().error.code).toBe(
      'ZOOM_NOT_CONNECTED',
    );
    const emptyChoice = await world.parley.request({
      method: 'PUT',
      url: '/api/zoom/host-candidates',
      as: admin,
      payload: { hosts: [] },
    });
    expect(emptyChoice.json().error.code).toBe('ZOOM_NOT_CONNECTED');
  });

  it('refuses to read Zoom over a connection that needs a reconnect', async () => {
    await world.parley.database.db
      .update(zoomConnections)
      .set({ status: 'needs_reconnect', statusReason: 'zoom_admin_role_lost' })
      .where(eq(zoomConnections.id, world.globex.connectionId));
    for (const url of ['/api/zoom/account-users/sync', '/api/zoom/rooms/sync']) {
      const response = await world.post(url, world.globex.admin);
      expect(response.statusCode, url).toBe(409);
      expect(response.json().error.code).toBe('ZOOM_NEEDS_RECONNECT');
    }
    // What was read before stays readable.
    expect((await world.get('/api/zoom/rooms', world.globex.admin)).json()).toEqual({
      rooms: [],
      syncedAt: expect.any(String),
    });
    const hosts = (await world.get('/api/zoom/host-candidates', world.globex.admin)).json().hosts;
    expect(hosts.map((host: { email: string }) => host.email)).toEqual(['owner@globex.test']);
  });
});
