import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, users } from '../../db/schema.ts';
import { zoomConnections, zoomHostCandidates } from '../../db/zoom-schema.ts';
import { eventually } from '../../test/create-test-app.ts';
import { useDirectoryTestWorld, zoomIdOf as zoomIdOfUser } from '../testing/directory-test-world.ts';
import { acmeAccountId, insertZoomConnection } from '../testing/zoom-test-fixtures.ts';

interface AccountUser {
  zoomUserId: string | null;
  email: string;
  firstName: string;
  lastName: string;
  type: number;
  status: string;
  role: string | null;
  selected: boolean;
}
interface Host {
  zoomUserId: string;
  email: string;
  label: string;
  customLabel: string | null;
  status: string;
  type: number;
  isDefault: boolean;
  flag: string | null;
}

const world = useDirectoryTestWorld();

/** Acme's audit events of one action, oldest first. */
const acmeAuditEvents = (action: string) =>
  world.parley.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, world.acme.organizationId), eq(auditEvents.action, action)))
    .orderBy(auditEvents.at);

const putHosts = (hosts: unknown[], as = world.acme.admin) =>
  world.parley.request({ method: 'PUT', url: '/api/zoom/host-candidates', as, payload: { hosts } });

async function accountUsers(query = '', as = world.acme.admin) {
  const response = await world.get(`/api/zoom/account-users${query}`, as);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    users: AccountUser[];
    total: number;
    matched: number;
    offset: number;
    syncedAt: string | null;
  };
}

async function hosts(as = world.acme.admin): Promise<Host[]> {
  const response = await world.get('/api/zoom/host-candidates', as);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().hosts;
}

const zoomIdOf = (email: string) => zoomIdOfUser(world.parley, email);

describe('Zoom account users', () => {
  it('has nothing before the first sync, then holds every user of the 365-user account', async () => {
    expect(await accountUsers()).toMatchObject({ users: [], total: 0, matched: 0, syncedAt: null });
    const sync = await world.post('/api/zoom/account-users/sync', world.acme.admin);
    expect(sync.statusCode, sync.body).toBe(200);
    expect(sync.json().total).toBe(365);

    const first = await accountUsers('?limit=300');
    const second = await accountUsers('?offset=300&limit=300');
    expect(first).toMatchObject({ total: 365, matched: 365, offset: 0 });
    expect(first.users).toHaveLength(300);
    expect(second.users).toHaveLength(65);
    const listed = [...first.users, ...second.users].map((user) => user.email);
    const inZoom = world.parley.emulator.control
      .snapshot()
      .accounts.find((account) => account.id === acmeAccountId)!
      .users.map((user) => user.email);
    expect(new Set(listed).size).toBe(365);
    expect([...listed].sort()).toEqual([...inZoom].sort());

    const all = [...first.users, ...second.users];
    expect(all.find((user) => user.email === 'pending@acme.test')).toMatchObject({
      zoomUserId: null,
      status: 'pending',
    });
    expect(all.find((user) => user.email === 'former@acme.test')).toMatchObject({ status: 'inactive' });
    expect(all.find((user) => user.email === 'owner@acme.test')).toMatchObject({ role: 'owner', type: 2 });
    expect(all.find((user) => user.email === 'basic@acme.test')).toMatchObject({ role: 'member', type: 1 });
    const lastNames = all.map((user) => user.lastName.toLowerCase());
    expect(lastNames).toEqual([...lastNames].sort());
  });

  it('searches names and emails on the server and says how many matched', async () => {
    const suzuki = await accountUsers('?search=suzuki');
    expect(suzuki).toMatchObject({ total: 365, matched: 30 });
    expect(suzuki.users.every((user) => user.lastName === 'Suzuki')).toBe(true);
    expect(
      (await accountUsers(`?search=${encodeURIComponent('  Aiko   SUZUKI ')}`)).users.map((u) => u.email),
    ).toEqual(['member1@acme.test']);
    expect((await accountUsers('?search=member360%40')).users).toMatchObject([
      { firstName: 'Dalia', lastName: 'Fischer' },
    ]);
    expect((await accountUsers('?search=BASIC%40ACME')).matched).toBe(1);
    expect((await accountUsers('?search=%25')).matched).toBe(0);
    expect((await accountUsers('?search=_')).matched).toBe(0);
    const paged = await accountUsers('?search=acme.test&offset=360&limit=10');
    expect(paged).toMatchObject({ matched: 365, offset: 360 });
    expect(paged.users).toHaveLength(5);
  });

  it('rejects pages above 300 rows and bad paging', async () => {
    for (const query of ['?limit=301', '?limit=0', '?offset=-1', '?offset=abc']) {
      const response = await world.get(`/api/zoom/account-users${query}`, world.acme.admin);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('keeps the old snapshot when Zoom fails mid-way, and says Zoom is unavailable', async () => {
    const fault = world.parley.emulator.control.injectFault({
      route: 'GET /v2/users',
      status: 503,
      count: 20,
    });
    const response = await world.post('/api/zoom/account-users/sync', world.acme.admin);
    world.parley.emulator.control.removeFault(fault.id);
    expect(response.statusCode).toBe(502);
    expect(response.json().error.code).toBe('ZOOM_UNAVAILABLE');
    expect((await accountUsers()).total).toBe(365);
  });

  it('is the organization’s own: another organization sees its own Zoom account only', async () => {
    expect((await accountUsers('', world.globex.admin)).total).toBe(0);
    expect((await world.post('/api/zoom/account-users/sync', world.globex.admin)).json().total).toBe(1);
    const theirs = await accountUsers('', world.globex.admin);
    expect(theirs.users.map((user) => user.email)).toEqual(['owner@globex.test']);
    expect((await accountUsers('?search=acme')).matched).toBe(365);
  });
});

describe('host candidates', () => {
  it("starts with the connecting Zoom user as the default host, named in the viewer's name order", async () => {
    expect(await hosts()).toEqual([
      expect.objectContaining({
        zoomUserId: zoomIdOf('admin@acme.test'),
        email: 'admin@acme.test',
        label: 'Adam Alvarez <admin@acme.test>',
        customLabel: null,
        isDefault: true,
        flag: null,
        status: 'active',
        type: 2,
      }),
    ]);
  });

  it('replaces the selection, keeps labels, gives new hosts the default label, flags Basic hosts', async () => {
    const admin = zoomIdOf('admin@acme.test');
    const response = await putHosts([
      { zoomUserId: admin },
      { zoomUserId: zoomIdOf('member1@acme.test'), label: '  Interviews (Aiko)  ' },
      { zoomUserId: zoomIdOf('member2@acme.test') },
      { zoomUserId: zoomIdOf('basic@acme.test') },
    ]);
    expect(response.statusCode, response.body).toBe(200);
    const chosen: Host[] = response.json().hosts;
    expect(chosen.map((host) => [host.email, host.label, host.customLabel, host.flag])).toEqual([
      ['admin@acme.test', 'Adam Alvarez <admin@acme.test>', null, null],
      ['basic@acme.test', 'Bea Basic <basic@acme.test>', null, 'basic_license'],
      ['member2@acme.test', 'Ben Suzuki <member2@acme.test>', null, null],
      ['member1@acme.test', 'Interviews (Aiko)', 'Interviews (Aiko)', null],
    ]);
    expect(await hosts()).toEqual(chosen);

    const again = await putHosts([
      { zoomUserId: admin, label: 'Adam (default)' },
      { zoomUserId: zoomIdOf('member1@acme.test') },
      { zoomUserId: zoomIdOf('basic@acme.test') },
    ]);
    expect((again.json().hosts as Host[]).map((host) => host.label)).toEqual([
      'Adam (default)',
      'Bea Basic <basic@acme.test>',
      'Interviews (Aiko)',
    ]);
    const selected = (await accountUsers('?search=acme.test&limit=300')).users
      .concat((await accountUsers('?search=acme.test&offset=300')).users)
      .filter((user) => user.selected)
      .map((user) => user.email);
    expect(selected.sort()).toEqual(['admin@acme.test', 'basic@acme.test', 'member1@acme.test']);

    const changes = await acmeAuditEvents('zoom.host_candidates.changed');
    const [, firstPut, secondPut] = changes;
    expect(firstPut!.actorUserId).toBe(world.acme.admin.userId);
    expect(firstPut!.metadata).toMatchObject({ zoomAccountId: acmeAccountId, removed: [] });
    expect((firstPut!.metadata.added as { email: string }[]).map((added) => added.email).sort()).toEqual([
      'basic@acme.test',
      'member1@acme.test',
      'member2@acme.test',
    ]);
    expect(secondPut!.metadata).toMatchObject({
      added: [],
      removed: [{ email: 'member2@acme.test' }],
      relabeled: [{ email: 'admin@acme.test', to: 'Adam (default)' }],
    });
  });

  it("names default hosts in a Japanese viewer's order, stores no default label and shows custom ones as typed", async () => {
    await world.parley.database.db
      .update(users)
      .set({ language: 'ja' })
      .where(eq(users.id, world.acme.recruiter.userId));
    try {
      const labels = (await hosts(world.acme.recruiter)).map((host) => host.label);
      expect(labels).toEqual(['Adam (default)', 'Basic Bea <basic@acme.test>', 'Interviews (Aiko)']);
    } finally {
      await world.parley.database.db
        .update(users)
        .set({ language: 'en' })
        .where(eq(users.id, world.acme.recruiter.userId));
    }
    const stored = await world.parley.database.db
      .select({ email: zoomHostCandidates.email, label: zoomHostCandidates.customLabel })
      .from(zoomHostCandidates)
      .where(eq(zoomHostCandidates.organizationId, world.acme.organizationId))
      .orderBy(zoomHostCandidates.email);
    expect(stored).toEqual([
      { email: 'admin@acme.test', label: 'Adam (default)' },
      { email: 'basic@acme.test', label: null },
      { email: 'member1@acme.test', label: 'Interviews (Aiko)' },
    ]);
  });

  it('returns a host to the default when the label is cleared or is the default in either order', async () => {
    const admin = zoomIdOf('admin@acme.test');
    const keep = [{ zoomUserId: zoomIdOf('member1@acme.test') }, { zoomUserId: zoomIdOf('basic@acme.test') }];
    const cleared = await putHosts([{ zoomUserId: admin, label: null }, ...keep]);
    expect(cleared.json().hosts[0]).toMatchObject({
      label: 'Adam Alvarez <admin@acme.test>',
      customLabel: null,
    });
    await putHosts([{ zoomUserId: admin, label: 'Adam (default)' }, ...keep]);
    const typedDefault = await putHosts([
      { zoomUserId: admin, label: 'Alvarez Adam <admin@acme.test>' },
      ...keep,
    ]);
    expect(typedDefault.json().hosts[0]).toMatchObject({ customLabel: null });
    await putHosts([{ zoomUserId: admin, label: 'Adam (default)' }, ...keep]);
  });

  it('answers two admins giving two hosts one label at once with one success and one 409, never a 500', async () => {
    const current = (await hosts()).map((host) => ({ zoomUserId: host.zoomUserId, label: host.customLabel }));
    const relabel = (email: string) =>
      putHosts(
        current.map((host) => (host.zoomUserId === zoomIdOf(email) ? { ...host, label: 'Room 1' } : host)),
      );
    const answers = await Promise.all([relabel('basic@acme.test'), relabel('admin@acme.test')]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.statusCode === 409)!.json().error.code).toBe('HOST_LABEL_TAKEN');
    expect((await hosts()).filter((host) => host.label === 'Room 1')).toHaveLength(1);
    await putHosts(current);
  });

  it('refuses Zoom users it does not know and users chosen twice', async () => {
    const unknown = await putHosts([{ zoomUserId: 'not-a-zoom-user' }]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'hosts.0.zoomUserId' }],
    });
    const member = zoomIdOf('member3@acme.test');
    const twice = await putHosts([{ zoomUserId: member }, { zoomUserId: member }]);
    expect(twice.json().error.details).toEqual([
      { path: 'hosts.1.zoomUserId', message: 'This Zoom user is chosen more than once.' },
    ]);
    const foreign = await putHosts([{ zoomUserId: zoomIdOf('owner@globex.test') }]);
    expect(foreign.statusCode).toBe(400);
    expect((await putHosts([{ zoomUserId: member, label: '' }])).statusCode).toBe(400);
  });

  it('refuses a label another host has (in any case) with 409 at that label, and changes nothing', async () => {
    const before = await hosts();
    const choices = before.map((host) => ({ zoomUserId: host.zoomUserId, label: host.label }));
    const target = choices.findIndex((choice) => choice.label !== 'Interviews (Aiko)');
    choices[target] = { ...choices[target]!, label: ' interviews (AIKO) ' };
    const clash = await putHosts(choices);
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({
      code: 'HOST_LABEL_TAKEN',
      details: [
        {
          path: `hosts.${target}.label`,
          message: 'Another host already has this label; choose a different one.',
        },
      ],
    });
    expect(await hosts()).toEqual(before);
    const tooLong = await putHosts([{ zoomUserId: choices[0]!.zoomUserId, label: 'x'.repeat(201) }]);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details).toEqual([
      { path: 'hosts.0.label', message: 'Must be at most 200 characters long.' },
    ]);
  });

  it('lets recruiters read the list but not change it; interviewers see nothing', async () => {
    expect(await hosts(world.acme.recruiter)).toEqual(await hosts());
    expect((await putHosts([], world.acme.recruiter)).statusCode).toBe(403);
    expect((await world.get('/api/zoom/host-candidates', world.acme.interviewer)).statusCode).toBe(403);
    expect((await world.get('/api/zoom/account-users', world.acme.recruiter)).statusCode).toBe(403);
  });

  it('keeps hosts in step with Zoom: flagged when they can no longer host, cleared when they can again', async () => {
    const [five, six, seven] = ['member5@acme.test', 'member6@acme.test', 'member7@acme.test'];
    const current = await hosts();
    await putHosts([
      ...current.map((host) => ({ zoomUserId: host.zoomUserId })),
      ...[five, six, seven].map((email) => ({ zoomUserId: zoomIdOf(email) })),
    ]);
    const hostOf = async (email: string) => (await hosts()).find((host) => host.email === email);
    const waitFor = (email: string, flag: string | null) =>
      eventually(async () => ((await hostOf(email))?.flag === flag ? true : undefined));
    const control = world.parley.emulator.control;
    const sevenId = zoomIdOf(seven);

    control.setUserStatus(five, 'inactive');
    await waitFor(five, 'deactivated');
    expect(await hostOf(five)).toMatchObject({ status: 'inactive' });
    expect((await accountUsers('?search=member5%40')).users[0]).toMatchObject({ status: 'inactive' });
    control.setUserStatus(five, 'active');
    await waitFor(five, null);

    control.setUserType(six, 1);
    await waitFor(six, 'basic_license');
    expect(await hostOf(six)).toMatchObject({ type: 1 });
    control.setUserType(six, 2);
    await waitFor(six, null);

    control.deleteUser(seven);
    await waitFor(seven, 'deleted');
    expect(await hostOf(seven)).toMatchObject({ status: 'deleted', zoomUserId: sevenId });
    expect((await accountUsers('?search=member7%40')).matched).toBe(0);

    // A fresh sync agrees: the deleted user stays a flagged host, the others are fine.
    expect((await world.post('/api/zoom/account-users/sync', world.acme.admin)).json().total).toBe(364);
    expect(await hostOf(seven)).toMatchObject({ flag: 'deleted' });
    expect((await hostOf(five))!.flag).toBeNull();
    const flagEvents = await acmeAuditEvents('zoom.webhook.user_deleted');
    expect(flagEvents).toHaveLength(1);
    expect(flagEvents[0]!.metadata).toMatchObject({
      flag: { from: null, to: 'deleted' },
      zoomUserEmail: seven,
    });
  });

  it('falls back to the default host when the selection is emptied', async () => {
    const response = await putHosts([]);
    expect((response.json().hosts as Host[]).map((host) => [host.email, host.isDefault])).toEqual([
      ['admin@acme.test', true],
    ]);
  });

  it('shows each organization only its own hosts', async () => {
    const theirs = await hosts(world.globex.admin);
    expect(theirs.map((host) => host.email)).toEqual(['owner@globex.test']);
  });

  it('makes the Zoom user of a new connection the default host, keeping the chosen hosts', async () => {
    await putHosts([
      { zoomUserId: zoomIdOf('admin@acme.test') },
      { zoomUserId: zoomIdOf('member1@acme.test') },
    ]);
    // Disconnected, then connected again by the account owner.
    await world.parley.database.db
      .delete(zoomConnections)
      .where(eq(zoomConnections.id, world.acme.connectionId));
    expect(await hosts()).toEqual([]);
    world.acme.connectionId = (
      await insertZoomConnection(world.parley, {
        organizationId: world.acme.organizationId,
        kind: 'organization',
        zoomEmail: 'owner@acme.test',
      })
    ).connectionId;
    expect((await hosts()).map((host) => [host.email, host.isDefault])).toEqual([
      ['owner@acme.test', true],
      ['admin@acme.test', false],
      ['member1@acme.test', false],
    ]);
  });
});
