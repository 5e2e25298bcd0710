import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { createZoomTestApp, insertZoomConnection, type ZoomTestApp } from '../testing/zoom-test-fixtures.ts';
import { renewZoomAccessToken } from './renew-zoom-access-token.ts';

let parley: ZoomTestApp;
let organizationId: string;
const orgRefreshes = () => parley.emulator.control.refreshCount('parley-org', 'acme');

beforeAll(async () => {
  parley = await createZoomTestApp();
  ({ organizationId } = await parley.createOrganization('Slow Zoom Co', [{ role: 'admin' }]));
});

afterAll(() => parley?.close());

beforeEach(async () => {
  parley.emulator.control.reset();
  await parley.database.db.delete(zoomConnections).where(eq(zoomConnections.organizationId, organizationId));
});

/** An organization connection whose access token has expired, so that the next use renews it. */
async function connectionWithExpiredToken(): Promise<string> {
  const { connectionId } = await insertZoomConnection(parley, { organizationId, kind: 'organization' });
  await parley.database.db
    .update(zoomConnections)
    .set({ accessTokenExpiresAt: new Date(Date.now() - 1000) })
    .where(eq(zoomConnections.id, connectionId));
  parley.emulator.control.resetCounters();
  return connectionId;
}

/** How long `work` takes, in milliseconds. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const startedAt = Date.now();
  await work();
  return Date.now() - startedAt;
}

describe('renewing a token while Zoom is slow', () => {
  it('blocks neither the connection row nor the database while the token request waits for Zoom', async () => {
    const connectionId = await connectionWithExpiredToken();
    parley.emulator.control.injectFault({ route: 'POST /oauth/token', latencyMs: 3_000, count: 1 });

    const renewal = renewZoomAccessToken(parley.services, connectionId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Before, the renewal held the row locked (and on PGlite the one connection) for Zoom's 3 s.
    const rowWrite = await timed(() =>
      parley.database.db
        .update(zoomConnections)
        .set({ lastUsedAt: new Date() })
        .where(eq(zoomConnections.id, connectionId)),
    );
    const otherQuery = await timed(() => parley.database.db.execute(sql`SELECT count(*) FROM users`));
    const token = await renewal;

    expect(rowWrite).toBeLessThan(1_000);
    expect(otherQuery).toBeLessThan(1_000);
    expect(token.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(orgRefreshes()).toBe(1);
    const [row] = await parley.database.db
      .select()
      .from(zoomConnections)
      .where(eq(zoomConnections.id, connectionId));
    expect(row).toMatchObject({
      sealedAccessToken: token.sealedAccessToken,
      renewalClaim: null,
      renewingUntil: null,
    });
  });

  it('lets a second caller wait for the renewal under way and use its token: one refresh', async () => {
    const connectionId = await connectionWithExpiredToken();
    parley.emulator.control.injectFault({ route: 'POST /oauth/token', latencyMs: 1_500, count: 1 });
    const tokens = await Promise.all([
      renewZoomAccessToken(parley.services, connectionId),
      new Promise((resolve) => setTimeout(resolve, 200)).then(() =>
        renewZoomAccessToken(parley.services, connectionId),
      ),
    ]);
    expect(tokens[1].sealedAccessToken).toBe(tokens[0].sealedAccessToken);
    expect(orgRefreshes()).toBe(1);
  });

  it('renews once the claim of a renewer that died has lapsed', async () => {
    const connectionId = await connectionWithExpiredToken();
    await parley.database.db
      .update(zoomConnections)
      .set({ renewalClaim: 'a process that was killed', renewingUntil: new Date(Date.now() + 1_000) })
      .where(eq(zoomConnections.id, connectionId));
    const took = await timed(() => renewZoomAccessToken(parley.services, connectionId));
    expect(took).toBeGreaterThanOrEqual(900);
    expect(orgRefreshes()).toBe(1);
  });
});
