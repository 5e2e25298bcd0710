import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { auditEvents, devMailMessages } from '../../db/schema.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { eventually } from '../../test/create-test-app.ts';
import {
  insertZoomConnection,
  readConnection,
  useConnectionTestWorld,
} from '../testing/zoom-test-fixtures.ts';
import { checkZoomConnections } from './check-zoom-connections.job.ts';

const world = useConnectionTestWorld(
  'Health Co',
  [{ role: 'admin', language: 'ja', name: '山田' }, { role: 'interviewer' }],
  { resetEach: true },
);

const checkNow = async () => {
  const response = await world.asAdmin('POST', '/api/zoom/organization/check');
  expect(response.statusCode).toBe(200);
  return response.json();
};

describe('checking a connection', () => {
  it('records a good check', async () => {
    await insertZoomConnection(world.parley, { organizationId: world.organizationId, kind: 'organization' });
    const before = Date.now();
    const view = await checkNow();
    expect(view).toMatchObject({ status: 'connected', lastCheckOk: true, problem: null });
    expect(new Date(view.lastCheckAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('finds the connecting Zoom user no longer an admin → needs_reconnect (zoom_admin_role_lost), admins emailed in their language', async () => {
    const { connectionId } = await insertZoomConnection(world.parley, {
      organizationId: world.organizationId,
      kind: 'organization',
    });
    world.parley.emulator.control.setUserRole('admin@acme.test', 'member');
    const view = await checkNow();
    expect(view).toMatchObject({
      status: 'needs_reconnect',
      statusReason: 'zoom_admin_role_lost',
      lastCheckOk: false,
      problem: { code: 'zoom_admin_role_lost' },
      zoomUser: { role: 'member' },
    });
    const [event] = await world.parley.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'zoom.organization.status_changed'),
          eq(auditEvents.targetId, connectionId),
        ),
      );
    expect(event!.metadata).toMatchObject({ reason: 'zoom_admin_role_lost', detectedBy: 'health_check' });
    const mail = await eventually(async () => {
      const [message] = await world.parley.database.db
        .select()
        .from(devMailMessages)
        .where(eq(devMailMessages.organizationId, world.organizationId));
      return message;
    });
    expect(mail.subject).toBe('「Health Co」のZoom接続の再接続が必要です');
    expect(mail.text).toContain('山田さん');
    expect(mail.text).toContain('別のZoom管理者で再接続してください');
    expect(mail.text).toContain('http://localhost:3000/settings/zoom');
  });

  it('Zoom down: a problem in words, the status unchanged', async () => {
    await insertZoomConnection(world.parley, { organizationId: world.organizationId, kind: 'organization' });
    world.parley.emulator.control.injectFault({
      route: 'GET /v2/users/{userId}',
      status: 500,
      code: 500,
      message: 'Down',
    });
    const view = await checkNow();
    expect(view).toMatchObject({
      status: 'connected',
      lastCheckOk: false,
      problem: {
        code: 'zoom_unavailable',
        message: '前回の確認時にZoomに接続できないか、予期しない応答がありました。（Zoom: Down）',
        zoomCode: 500,
      },
    });
    world.parley.emulator.control.clearFaults();
    expect(await checkNow()).toMatchObject({ lastCheckOk: true, problem: null });
  });

  it('names an optional scope that is missing without blocking the connection', async () => {
    const { connectionId } = await insertZoomConnection(world.parley, {
      organizationId: world.organizationId,
      kind: 'organization',
    });
    await world.parley.database.db
      .update(zoomConnections)
      .set({
        scopes: ['user:read:admin', 'meeting:write:admin', 'meeting:read:admin'],
      })
      .where(eq(zoomConnections.id, connectionId));
    const view = await checkNow();
    expect(view).toMatchObject({
      status: 'connected',
      lastCheckOk: false,
      problem: { code: 'scopes_missing', missingScopes: ['zoom_rooms:read:list_rooms:admin'] },
    });
  });

  it('the periodic job refreshes tokens that would expire before the next round, and only those', async () => {
    const soon = await insertZoomConnection(world.parley, {
      organizationId: world.organizationId,
      kind: 'organization',
    });
    const later = await insertZoomConnection(world.parley, {
      organizationId: world.organizationId,
      kind: 'personal',
      userId: world.interviewer.userId,
      zoomEmail: 'member9@acme.test',
    });
    await world.parley.database.db
      .update(zoomConnections)
      .set({ accessTokenExpiresAt: new Date(Date.now() + 10 * 60 * 1000) })
      .where(eq(zoomConnections.id, soon.connectionId));
    world.parley.emulator.control.resetCounters();
    await checkZoomConnections.handle({}, world.parley.services, {
      id: 'test',
      retryCount: 0,
      logger: pino({ level: 'silent' }),
    });
    expect(world.parley.emulator.control.refreshCount('parley-org', 'acme')).toBe(1);
    expect(world.parley.emulator.control.refreshCount('parley-user', 'acme')).toBe(0);
    expect((await readConnection(world.parley, soon.connectionId))!.lastCheckOk).toBe(true);
    expect((await readConnection(world.parley, later.connectionId))!.lastCheckAt).toBeInstanceOf(Date);
  });

  it('is offered by every instance but runs once per slot', async () => {
    const first = await world.parley.services.queue.enqueueOncePerSlot(
      checkZoomConnections,
      {},
      {
        key: 'zoom-health-test',
        slotSeconds: 900,
      },
    );
    const second = await world.parley.services.queue.enqueueOncePerSlot(
      checkZoomConnections,
      {},
      {
        key: 'zoom-health-test',
        slotSeconds: 900,
      },
    );
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
  });
});
