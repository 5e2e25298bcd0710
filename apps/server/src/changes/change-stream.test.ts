import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema.ts';
import { zoomConnections } from '../db/zoom-schema.ts';
import { openChangeStream as openStream } from '../test/change-stream-reader.ts';
import type { TestSession } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';

const parley = useTestApp();
let baseUrl: string;
let acme: { organizationId: string; userIds: Record<string, string> };

beforeAll(async () => {
  acme = await parley.createOrganization('Acme');
  await parley.createOrganization('Globex');
  // A stream never ends by itself, so it is read over real HTTP rather than app.inject().
  baseUrl = await parley.app.listen({ port: 0, host: '127.0.0.1' });
});

/** The events of an open `GET /api/changes` of `session`. */
const openChangeStream = (session: TestSession) => openStream(baseUrl, session);

describe('GET /api/changes', () => {
  it('answers 401 without a session and streams to every role', async () => {
    const response = await fetch(`${baseUrl}/api/changes`);
    expect(response.status).toBe(401);
    for (const role of ['admin', 'recruiter', 'interviewer']) {
      const stream = await openChangeStream(await parley.login(`${role}@acme.test`));
      expect(stream.response.status).toBe(200);
      await expect.poll(() => stream.events).toEqual([{ event: 'ready', data: {} }]);
      await stream.close();
    }
  });

  it('tells an open page of each change in its organization within a second, and nothing of others', async () => {
    const admin = await parley.login('admin@acme.test');
    const stream = await openChangeStream(admin);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    await expect.poll(() => stream.events).toEqual([{ event: 'ready', data: {} }]);

    await parley.database.db
      .update(users)
      .set({ name: 'Renamed at Globex' })
      .where(eq(users.email, 'admin@globex.test'));
    await parley.database.db
      .update(users)
      .set({ name: 'Rita Recruiter' })
      .where(eq(users.email, 'recruiter@acme.test'));
    await expect
      .poll(() => stream.events.slice(1), { timeout: 1000 })
      .toEqual([{ event: 'change', data: { topic: 'accounts' } }]);

    await parley.database.db.insert(zoomConnections).values({
      organizationId: acme.organizationId,
      kind: 'organization',
      authType: 'oauth',
      status: 'connected',
      zoomAccountId: 'acct-1',
      zoomUserId: 'user-1',
      zoomUserEmail: 'owner@acme.test',
      zoomUserName: 'Olivia Owner',
      zoomUserRole: 'owner',
    });
    await expect
      .poll(() => stream.events.at(-1), { timeout: 1000 })
      .toEqual({ event: 'change', data: { topic: 'zoom' } });
    await stream.close();
  });

  it('reports a change made in a transaction once, after it commits, and none for a rollback', async () => {
    const admin = await parley.login('admin@acme.test');
    const stream = await openChangeStream(admin);
    await expect.poll(() => stream.events.length).toBe(1);
    await parley.database
      .transaction(async (tx) => {
        await tx.db.update(users).set({ name: 'Never' }).where(eq(users.email, 'interviewer@acme.test'));
        throw new Error('roll back');
      })
      .catch(() => {});
    await parley.database.transaction(async (tx) => {
      await tx.db.update(users).set({ name: 'Ivan' }).where(eq(users.email, 'interviewer@acme.test'));
      await tx.db.update(users).set({ name: 'Ivan I.' }).where(eq(users.email, 'interviewer@acme.test'));
    });
    await expect.poll(() => stream.events.length, { timeout: 1000 }).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stream.events).toEqual([
      { event: 'ready', data: {} },
      { event: 'change', data: { topic: 'accounts' } },
    ]);
    await stream.close();
  });
});
