import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { zoomConnections, zoomHostCandidates } from '../../db/zoom-schema.ts';
import { useInterviewTestWorld } from '../../interviews/testing/interview-test-world.ts';
import { eventually } from '../../test/create-test-app.ts';
import { zoomIdOf } from '../testing/directory-test-world.ts';

const world = useInterviewTestWorld();

beforeAll(async () => {
  const control = world.parley.emulator.control;
  control.setUserConcurrentMeeting('member21@acme.test', 'Basic');
  control.setUserConcurrentMeeting('member22@acme.test', 'None');
  expect(
    (
      await world.parley.request({
        method: 'POST',
        url: '/api/zoom/account-users/sync',
        as: world.admin,
      })
    ).statusCode,
  ).toBe(200);
});

async function concurrencyOf(email: string) {
  const [row] = await world.parley.database.db
    .select({ concurrentMeetings: zoomHostCandidates.concurrentMeetings })
    .from(zoomHostCandidates)
    .where(eq(zoomHostCandidates.zoomUserId, zoomIdOf(world.parley, email)));
  return row?.concurrentMeetings;
}

async function preview(startAt: string) {
  const response = await world.parley.request({
    method: 'POST',
    url: '/api/interviews/host-preview',
    as: world.recruiter,
    payload: { startAt, timeZone: 'UTC', durationMinutes: 60, host: { kind: 'automatic' } },
  });
  expect(response.statusCode).toBe(200);
  return response.json().explanation;
}

describe("the hosts' concurrent meetings, from Zoom's user settings", () => {
  it('reads them when an admin adds hosts (Concurrent Meeting Basic → 2, None → 1)', async () => {
    const response = await world.parley.request({
      method: 'PUT',
      url: '/api/zoom/host-candidates',
      as: world.admin,
      payload: {
        hosts: [
          { zoomUserId: zoomIdOf(world.parley, 'member21@acme.test'), label: 'Kim' },
          { zoomUserId: zoomIdOf(world.parley, 'member22@acme.test'), label: 'Lee' },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    await eventually(async () => ((await concurrencyOf('member21@acme.test')) === 2 ? true : undefined));
    expect(await concurrencyOf('member22@acme.test')).toBe(1);
    const explanation = await preview('2027-06-01T10:00:00Z');
    expect(explanation.chosen).toMatchObject({ label: 'Kim' });
    expect(explanation.chosen).not.toHaveProperty('concurrencyUnknown');
  });

  it('without the optional settings scope keeps the connection working, assumes 1 and says so', async () => {
    const db = world.parley.database.db;
    const [connection] = await db
      .select()
      .from(zoomConnections)
      .where(eq(zoomConnections.id, world.connectionId));
    await db
      .update(zoomConnections)
      .set({ scopes: connection!.scopes.filter((scope) => scope !== 'user:read:settings:admin') })
      .where(eq(zoomConnections.id, world.connectionId));
    const sync = await world.parley.request({
      method: 'POST',
      url: '/api/zoom/account-users/sync',
      as: world.admin,
    });
    expect(sync.statusCode).toBe(200);
    expect(await concurrencyOf('member21@acme.test')).toBeNull();
    const explanation = await preview('2027-06-02T10:00:00Z');
    expect(explanation.chosen).toMatchObject({ concurrencyUnknown: true });
    const [after] = await db.select().from(zoomConnections).where(eq(zoomConnections.id, world.connectionId));
    expect(after!.status).toBe('connected');
  });
});
