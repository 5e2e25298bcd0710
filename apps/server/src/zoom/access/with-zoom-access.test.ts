import { randomBytes } from 'node:crypto';
import { getZoomUser, refreshZoomToken } from '@parley/zoom-client';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, devMailMessages } from '../../db/schema.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { createSecretBox } from '../../secrets/secret-box.ts';
import { eventually } from '../../test/create-test-app.ts';
import { emulatorApps } from '../shared/zoom-settings.ts';
import {
  acmeAccountId,
  insertZoomConnection,
  readConnection,
  useConnectionTestWorld,
} from '../testing/zoom-test-fixtures.ts';
import { withZoomAccess } from './with-zoom-access.ts';

const previousKey = randomBytes(32);
const world = useConnectionTestWorld('Token Co', [{ role: 'admin', language: 'de' }, { role: 'recruiter' }], {
  env: { ENCRYPTION_KEY_PREVIOUS: previousKey.toString('base64') },
  resetEach: true,
});
const endpoints = () => ({ oauthUrl: world.parley.emulator.url, apiUrl: world.parley.emulator.url });
const orgRefreshes = () => world.parley.emulator.control.refreshCount('parley-org', 'acme');
const getMe = (connectionId: string) =>
  withZoomAccess(world.parley.services, connectionId, (rest) => getZoomUser(rest, 'me'));

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function connectOrganization() {
  const inserted = await insertZoomConnection(world.parley, {
    organizationId: world.organizationId,
    kind: 'organization',
  });
  world.parley.emulator.control.resetCounters();
  return inserted;
}

describe('tokens at rest', () => {
  it('stores no token in plaintext anywhere in the row', async () => {
    const { connectionId, tokens } = await connectOrganization();
    const { rows } = await world.parley.database.executeSql(
      'SELECT row_to_json(z)::text AS raw FROM zoom_connections z WHERE id = $1',
      [connectionId],
    );
    const raw = String(rows[0]!.raw);
    expect(raw).toContain('sealed_access_token');
    expect(raw).not.toContain(tokens.accessToken);
    expect(raw).not.toContain(tokens.refreshToken!);
    // And after a refresh, the rotated tokens are sealed too.
    await world.parley.database.db
      .update(zoomConnections)
      .set({ accessTokenExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(zoomConnections.id, connectionId));
    await getMe(connectionId);
    const row = await readConnection(world.parley, connectionId);
    const opened = world.parley.services.secretBox.open(row!.sealedAccessToken!);
    const after = await world.parley.database.executeSql(
      'SELECT row_to_json(z)::text AS raw FROM zoom_connections z WHERE id = $1',
      [connectionId],
    );
    expect(String(after.rows[0]!.raw)).not.toContain(opened);
  });
});

describe('refresh', () => {
  it('uses a fresh token as it is, and records the last use', async () => {
    const { connectionId } = await connectOrganization();
    const me = await getMe(connectionId);
    expect(me.email).toBe('admin@acme.test');
    expect(orgRefreshes()).toBe(0);
    expect((await readConnection(world.parley, connectionId))!.lastUsedAt).toBeInstanceOf(Date);
  });

  it('refreshes ahead of expiry (under 5 minutes left) and stores the rotated refresh token', async () => {
    const { connectionId, tokens } = await connectOrganization();
    await world.parley.database.db
      .update(zoomConnections)
      .set({ accessTokenExpiresAt: new Date(Date.now() + 2 * 60 * 1000) })
      .where(eq(zoomConnections.id, connectionId));
    await getMe(connectionId);
    expect(orgRefreshes()).toBe(1);
    const row = await readConnection(world.parley, connectionId);
    expect(row!.accessTokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 50 * 60 * 1000);
    const storedRefreshToken = world.parley.services.secretBox.open(row!.sealedRefreshToken!);
    expect(storedRefreshToken).not.toBe(tokens.refreshToken);
    // Zoom rotated it: the old one is dead, the stored one works.
    const credentials = emulatorApps.organizationApp;
    await expect(
      refreshZoomToken({ endpoints: endpoints(), credentials, refreshToken: tokens.refreshToken! }),
    ).rejects.toMatchObject({ oauthError: 'invalid_grant' });
  });

  it('refreshes once for 50 parallel calls when Zoom has expired the token (124)', async () => {
    const { connectionId } = await connectOrganization();
    world.parley.emulator.control.setRateLimits(false);
    world.parley.emulator.control.expireAccessTokens({ clientId: 'parley-org' });
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => getMe(connectionId)));
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    expect(orgRefreshes()).toBe(1);
  });

  it('refreshes once for 50 parallel calls when the stored token is past its expiry', async () => {
    const { connectionId } = await connectOrganization();
    world.parley.emulator.control.setRateLimits(false);
    await world.parley.database.db
      .update(zoomConnections)
      .set({ accessTokenExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(zoomConnections.id, connectionId));
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => getMe(connectionId)));
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    expect(orgRefreshes()).toBe(1);
  });

  it('on 124 refreshes once and retries the call once', async () => {
    const { connectionId } = await connectOrganization();
    world.parley.emulator.control.expireAccessTokens({ clientId: 'parley-org' });
    await getMe(connectionId);
    expect(orgRefreshes()).toBe(1);
    const userCalls = world.parley.emulator.control.counters().requests['GET /v2/users/{userId}']!;
    expect(userCalls.byStatus).toEqual({ 401: 1, 200: 1 });
  });

  it('gets a new account token for Server-to-Server instead of refreshing', async () => {
    const { connectionId } = await insertZoomConnection(world.parley, {
      organizationId: world.organizationId,
      kind: 'organization',
      authType: 'server_to_server',
    });
    world.parley.emulator.control.resetCounters();
    world.parley.emulator.control.expireAccessTokens({ clientId: 'parley-s2s' });
    const me = await getMe(connectionId);
    expect(me.email).toBe('owner@acme.test');
    const counters = world.parley.emulator.control.counters();
    expect(counters.tokens.issued).toEqual({ account_credentials: 1 });
    expect(counters.tokens.refreshes).toEqual({});
  });
});

describe('a rejected grant', () => {
  it('turns invalid_grant into needs_reconnect (refresh_rejected): tokens deleted, audit, admins emailed, no retry loop', async () => {
    const { connectionId, tokens } = await connectOrganization();
    // Someone else used the refresh token: Parley's copy is dead now.
    await refreshZoomToken({
      endpoints: endpoints(),
      credentials: emulatorApps.organizationApp,
      refreshToken: tokens.refreshToken!,
    });
    await world.parley.database.db
      .update(zoomConnections)
      .set({ accessTokenExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(zoomConnections.id, connectionId));
    world.parley.emulator.control.resetCounters();

    const error = await expectAppError(getMe(connectionId), 'ZOOM_NEEDS_RECONNECT');
    expect(error.cause).toMatchObject({ oauthError: 'invalid_grant' });
    const row = await readConnection(world.parley, connectionId);
    expect(row).toMatchObject({
      status: 'needs_reconnect',
      statusReason: 'refresh_rejected',
      sealedAccessToken: null,
      sealedRefreshToken: null,
    });
    const [audit] = await world.parley.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, world.organizationId),
          eq(auditEvents.action, 'zoom.organization.status_changed'),
        ),
      );
    expect(audit).toMatchObject({ actorUserId: null, result: 'failure' });
    expect(audit!.metadata).toMatchObject({
      zoomAccountId: acmeAccountId,
      zoomUserEmail: 'admin@acme.test',
      from: 'connected',
      to: 'needs_reconnect',
      reason: 'refresh_rejected',
    });

    // No retry loop: the next call does not even ask Zoom.
    await expectAppError(getMe(connectionId), 'ZOOM_NEEDS_RECONNECT');
    expect(world.parley.emulator.control.counters().requests['POST /oauth/token']?.total).toBe(1);

    // The admin (German) is told, the recruiter is not.
    const mail = await eventually(async () => {
      const messages = await world.parley.database.db
        .select()
        .from(devMailMessages)
        .where(eq(devMailMessages.organizationId, world.organizationId));
      return messages.length > 0 ? messages : undefined;
    });
    expect(mail.map((message) => message.to)).toEqual([['admin@token-co.test']]);
    expect(mail[0]!.subject).toBe('Die Zoom-Verbindung von Token Co muss neu verbunden werden');
    expect(mail[0]!.text).toContain('admin@acme.test');
  });

  it('treats a deactivated Zoom user (4735 on refresh) the same way', async () => {
    const { connectionId } = await connectOrganization();
    world.parley.emulator.control.setUserStatus('admin@acme.test', 'inactive');
    await world.parley.database.db
      .update(zoomConnections)
      .set({ accessTokenExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(zoomConnections.id, connectionId));
    const error = await expectAppError(getMe(connectionId), 'ZOOM_NEEDS_RECONNECT');
    expect(error.cause).toMatchObject({ code: 4735 });
    expect(await readConnection(world.parley, connectionId)).toMatchObject({
      status: 'needs_reconnect',
      statusReason: 'refresh_rejected',
    });
  });

  it('leaves the connection alone when Zoom is down, and says ZOOM_UNAVAILABLE', async () => {
    const { connectionId } = await connectOrganization();
    world.parley.emulator.control.injectFault({ route: 'POST /oauth/token', status: 503 });
    await world.parley.database.db
      .update(zoomConnections)
      .set({ accessTokenExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(zoomConnections.id, connectionId));
    const error = await expectAppError(getMe(connectionId), 'ZOOM_UNAVAILABLE');
    expect(error.details?.[0]?.message).toMatch(/^Zoom 503/);
    expect(await readConnection(world.parley, connectionId)).toMatchObject({ status: 'connected' });
    world.parley.emulator.control.clearFaults();
    await getMe(connectionId);
  });

  it('refuses a connection that is not connected, and one that does not exist', async () => {
    await expectAppError(getMe('00000000-0000-4000-8000-000000000000'), 'ZOOM_NOT_CONNECTED');
  });
});

describe('key rotation', () => {
  it('opens tokens sealed with ENCRYPTION_KEY_PREVIOUS and seals them with the current key on the next write', async () => {
    const oldBox = createSecretBox(previousKey);
    const { connectionId } = await insertZoomConnection(world.parley, {
      organizationId: world.organizationId,
      kind: 'organization',
      authType: 'server_to_server',
      secretBox: oldBox,
    });
    const box = world.parley.services.secretBox;
    const before = await readConnection(world.parley, connectionId);
    expect(box.isCurrent(before!.sealedAccessToken!)).toBe(false);
    expect((await getMe(connectionId)).email).toBe('owner@acme.test');

    await world.parley.database.db
      .update(zoomConnections)
      .set({ accessTokenExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(zoomConnections.id, connectionId));
    await getMe(connectionId);
    const after = await readConnection(world.parley, connectionId);
    expect(box.isCurrent(after!.sealedAccessToken!)).toBe(true);
    expect(box.isCurrent(after!.sealedS2sClientSecret!)).toBe(true);
    expect(createSecretBox(randomBytes(32), []).isCurrent(after!.sealedAccessToken!)).toBe(false);
    expect(() => oldBox.open(after!.sealedS2sClientSecret!)).toThrow();
  });
});
