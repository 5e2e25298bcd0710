import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { insertZoomConnection, useConnectionTestWorld } from '../testing/zoom-test-fixtures.ts';
import { renewZoomAccessToken } from './renew-zoom-access-token.ts';

const world = useConnectionTestWorld('Slow Zoom Co', [{ role: 'admin' }], { resetEach: true });
const orgRefreshes = () => world.parley.emulator.control.refreshCount('parley-org', 'acme');

/** An organization connection whose access token has expired, so that the next use renews it. */
async function connectionWithExpiredToken(): Promise<string> {
  const { connectionId } = await insertZoomConnection(world.parley, {
    organizationId: world.organizationId,
    kind: 'organization',
  });
  await world.parley.database.db
    .update(zoomConnections)
    .set({ accessTokenExpiresAt: new Date(Date.now() - 1000) })
    .where(eq(zoomConnections.id, connectionId));
  world.parley.emulator.control.resetCounters();
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
    world.parley.emulator.control.injectFault({ route: 'POST /oauth/token', latencyMs: 3_000, count: 1 });

    const renewal = renewZoomAccessToken(world.parley.services, connectionId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Before, the renewal held the row locked (and on PGlite the one connection) for Zoom's 3 s.
    const rowWrite = await timed(() =>
      world.parley.database.db
        .update(zoomConnections)
        .set({ lastUsedAt: new Date() })
        .where(eq(zoomConnections.id, connectionId)),
    );
    const otherQuery = await timed(() => world.parley.database.db.execute(sql`SELECT count(*) FROM users`));
    const token = await renewal;

    expect(rowWrite).toBeLessThan(1_000);
    expect(otherQuery).toBeLessThan(1_000);
    expect(token.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(orgRefreshes()).toBe(1);
    const [row] = await world.parley.database.db
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
    world.parley.emulator.control.injectFault({ route: 'POST /oauth/token', latencyMs: 1_500, count: 1 });
    const tokens = await Promise.all([
      renewZoomAccessToken(world.parley.services, connectionId),
      new Promise((resolve) => setTimeout(resolve, 200)).then(() =>
        renewZoomAccessToken(world.parley.services, connectionId),
      ),
    ]);
    expect(tokens[1].sealedAccessToken).toBe(tokens[0].sealedAccessToken);
    expect(orgRefreshes()).toBe(1);
  });

  it('renews once the claim of a renewer that died has lapsed', async () => {
    const connectionId = await connectionWithExpiredToken();
    await world.parley.database.db
      .update(zoomConnections)
      .set({ renewalClaim: 'a process that was killed', renewingUntil: new Date(Date.now() + 1_000) })
      .where(eq(zoomConnections.id, connectionId));
    const took = await timed(() => renewZoomAccessToken(world.parley.services, connectionId));
    expect(took).toBeGreaterThanOrEqual(900);
    expect(orgRefreshes()).toBe(1);
  });
});
