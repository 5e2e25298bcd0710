import { createHash, createHmac } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema.ts';
import { zoomAccountUsers, zoomWebhookEvents } from '../../db/zoom-schema.ts';
import { eventually } from '../../test/create-test-app.ts';
import {
  listenForZoomWebhooks,
  mailTo,
  millisecondsUntil,
  zoomWebhookHeaders,
} from '../testing/listen-for-zoom-webhooks.ts';
import {
  acmeAccountId,
  insertConnectedOrganization,
  insertZoomConnection,
  readConnection,
  useZoomTestApp,
} from '../testing/zoom-test-fixtures.ts';

const logLines: string[] = [];
const parley = useZoomTestApp({ logDestination: { write: (line: string) => logLines.push(line) } });
let organizationCount = 0;

beforeAll(async () => {
  await listenForZoomWebhooks(parley);
});

/** An organization with two admins, a recruiter and an interviewer, connected to acme by `zoomEmail`. */
async function connectedOrganization(zoomEmail: string) {
  const name = `Hooks ${++organizationCount}`;
  const slug = `hooks-${organizationCount}`;
  const { organizationId, userIds, connectionId } = await insertConnectedOrganization(
    parley,
    name,
    zoomEmail,
    [
      { role: 'admin' },
      { role: 'admin', email: `second-admin@${slug}.test` },
      { role: 'recruiter' },
      { role: 'interviewer' },
    ],
  );
  return {
    organizationId,
    connectionId,
    userIds,
    admins: [`admin@${slug}.test`, `second-admin@${slug}.test`],
    interviewerId: userIds[`interviewer@${slug}.test`]!,
  };
}

/** A Zoom admin of acme who exists only for one test. */
function createZoomAdmin(local: string): string {
  const email = `${local}@acme.test`;
  parley.emulator.control.createUser('acme', { email, firstName: 'Lee', lastName: local, role: 'admin' });
  return email;
}

function zoomUserId(email: string): string {
  const user = parley.emulator.control
    .snapshot()
    .accounts.flatMap((account) => account.users)
    .find((candidate) => candidate.email === email);
  if (!user?.id) throw new Error(`no Zoom user ${email}`);
  return user.id;
}

async function auditActions(organizationId: string) {
  const rows = await parley.database.db
    .select({ action: auditEvents.action, metadata: auditEvents.metadata })
    .from(auditEvents)
    .where(eq(auditEvents.organizationId, organizationId));
  return rows;
}

async function webhookEventCount(): Promise<number> {
  const [row] = await parley.database.db
    .select({ total: sql<number>`count(*)::int` })
    .from(zoomWebhookEvents);
  return Number(row!.total);
}

const postWebhook = (body: string, headers: Record<string, string>) =>
  parley.request({ method: 'POST', url: '/webhooks/zoom', payload: body, headers });

describe('POST /webhooks/zoom: text PostgreSQL cannot store', () => {
  it('stores a signed user.updated with NUL and a lone surrogate in names (U+FFFD), answers 204, logs no value', async () => {
    const zoomEmail = createZoomAdmin('nul-names');
    await connectedOrganization(zoomEmail);
    const admin = await parley.login(`admin@hooks-${organizationCount}.test`);
    const synced = await parley.request({ method: 'POST', url: '/api/zoom/account-users/sync', as: admin });
    expect(synced.statusCode, synced.body).toBe(200);
    const userId = zoomUserId(zoomEmail);
    const body = JSON.stringify({
      event: 'user.updated',
      payload: {
        account_id: acmeAccountId,
        operator: 'x@acme.test',
        object: { id: userId, first_name: 'Lee\u0000Secret', last_name: 'Nul\ud800' },
      },
      event_ts: Date.now(),
    });
    const response = await postWebhook(body, zoomWebhookHeaders(body));
    expect(response.statusCode, response.body).toBe(204);
    const [stored] = await parley.database.db
      .select({ firstName: zoomAccountUsers.firstName, lastName: zoomAccountUsers.lastName })
      .from(zoomAccountUsers)
      .where(eq(zoomAccountUsers.zoomUserId, userId));
    expect(stored).toEqual({ firstName: 'Lee\ufffdSecret', lastName: 'Nul\ufffd' });
    const warning = logLines.find((line) => line.includes('NUL or broken Unicode replaced'));
    expect(JSON.parse(warning!)).toMatchObject({
      level: 40,
      event: 'user.updated',
      fields: ['payload.object.first_name', 'payload.object.last_name'],
    });
    expect(logLines.join('\n')).not.toContain('LeeSecret');
    expect(logLines.join('\n')).not.toContain('Lee\\u0000Secret');
  });
});

describe('POST /webhooks/zoom: who may speak for Zoom', () => {
  it('passes Zoom’s endpoint validation, and answers a signed challenge with the HMAC of the token', async () => {
    expect(await parley.emulator.control.validateWebhookEndpoint('parley-org')).toMatchObject({ ok: true });
    const body = JSON.stringify({
      payload: { plainToken: 'qgg8vlvZRS6UYooatFL8Aw' },
      event_ts: Date.now(),
      event: 'endpoint.url_validation',
    });
    const response = await postWebhook(body, zoomWebhookHeaders(body));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      plainToken: 'qgg8vlvZRS6UYooatFL8Aw',
      encryptedToken: createHmac('sha256', 'parley-webhook-secret')
        .update('qgg8vlvZRS6UYooatFL8Aw')
        .digest('hex'),
    });
  });

  it('refuses forged, tampered, unsigned and old requests with 401, and nothing happens', async () => {
    const zoomEmail = createZoomAdmin('forgery-target');
    const { organizationId, connectionId } = await connectedOrganization(zoomEmail);
    const eventsBefore = await webhookEventCount();
    const auditBefore = (await auditActions(organizationId)).length;
    const body = JSON.stringify({
      event: 'user.deleted',
      payload: { account_id: acmeAccountId, operator: 'x@acme.test', object: { id: zoomUserId(zoomEmail) } },
      event_ts: Date.now(),
    });
    const now = Math.floor(Date.now() / 1000);
    const signed = zoomWebhookHeaders(body);
    const challenge = JSON.stringify({
      payload: { plainToken: `v0:${now}:${body}` },
      event: 'endpoint.url_validation',
    });
    const attempts: [string, string, Record<string, string>][] = [
      ['forged with another secret', body, zoomWebhookHeaders(body, { secret: 'guessed-secret' })],
      ['tampered body', body.replace('user.deleted', 'user.deactivated'), signed],
      ['unsigned', body, { 'content-type': 'application/json' }],
      ['no timestamp', body, { ...signed, 'x-zm-request-timestamp': '' }],
      ['six minutes old', body, zoomWebhookHeaders(body, { timestamp: now - 360 })],
      ['six minutes ahead', body, zoomWebhookHeaders(body, { timestamp: now + 360 })],
      ['signature for another timestamp', body, { ...signed, 'x-zm-request-timestamp': String(now - 1) }],
      // Answering an unsigned challenge would sign any text Parley is sent, a forged event included.
      ['unsigned URL challenge', challenge, { 'content-type': 'application/json' }],
    ];
    for (const [what, payload, headers] of attempts) {
      const response = await postWebhook(payload, headers);
      expect(response.statusCode, what).toBe(401);
      expect(response.json().error.code, what).toBe('ZOOM_WEBHOOK_SIGNATURE_INVALID');
    }
    const connection = await readConnection(parley, connectionId);
    expect(connection).toMatchObject({ status: 'connected', statusReason: null });
    expect(connection!.sealedAccessToken).not.toBeNull();
    expect(await webhookEventCount()).toBe(eventsBefore);
    expect((await auditActions(organizationId)).length).toBe(auditBefore);
  });

  it('acknowledges events it does not use, refuses signed garbage with 400, and keeps the JSON API intact', async () => {
    const unused = JSON.stringify({
      event: 'meeting.started',
      payload: { object: {} },
      event_ts: Date.now(),
    });
    expect((await postWebhook(unused, zoomWebhookHeaders(unused))).statusCode).toBe(204);
    const notJson = 'event=user.deleted';
    expect((await postWebhook(notJson, zoomWebhookHeaders(notJson))).json().error.code).toBe(
      'MALFORMED_JSON',
    );
    const incomplete = JSON.stringify({ event: 'user.deleted', payload: { account_id: acmeAccountId } });
    const response = await postWebhook(incomplete, zoomWebhookHeaders(incomplete));
    expect(response.statusCode).toBe(400);
    const login = await parley.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.test', password: 'wrong password' },
    });
    expect(login.json().error.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('app_deauthorized', () => {
  it('deletes the organization’s tokens within 1 s of the uninstall, shows Removed in Zoom and emails the admins', async () => {
    const { organizationId, connectionId, admins } = await connectedOrganization('owner@acme.test');
    const elsewhere = await connectedOrganization('owner@globex.test');
    parley.emulator.control.uninstallApp('acme', 'parley-org');
    const elapsed = await millisecondsUntil(async () => {
      const connection = await readConnection(parley, connectionId);
      return connection?.sealedAccessToken === null && connection.status === 'removed_in_zoom';
    });
    expect(elapsed).toBeLessThan(1_000);
    expect(await readConnection(parley, connectionId)).toMatchObject({
      status: 'removed_in_zoom',
      statusReason: 'app_uninstalled',
      sealedAccessToken: null,
      sealedRefreshToken: null,
    });
    for (const admin of admins) {
      await eventually(async () =>
        (await mailTo(parley, organizationId, admin)).length === 1 ? true : undefined,
      );
    }
    const statusEvents = (await auditActions(organizationId)).filter(
      (event) => event.action === 'zoom.organization.status_changed',
    );
    expect(statusEvents).toHaveLength(1);
    expect(statusEvents[0]!.metadata).toMatchObject({
      to: 'removed_in_zoom',
      reason: 'app_uninstalled',
      zoomAccountId: acmeAccountId,
      webhookEvent: 'app_deauthorized',
    });
    // Another organization, on another Zoom account, is not touched.
    expect(await readConnection(parley, elsewhere.connectionId)).toMatchObject({ status: 'connected' });
    expect(await mailTo(parley, elsewhere.organizationId, elsewhere.admins[0]!)).toEqual([]);
    const settings = await parley.login(admins[0]!);
    const view = await parley.request({ method: 'GET', url: '/api/zoom/connected-users', as: settings });
    expect(view.json().users[0]).toMatchObject({ source: 'organization', status: 'removed_in_zoom' });
  });

  it('removes a personal connection when its Zoom user removes the personal app, and only that one', async () => {
    const { organizationId, connectionId, interviewerId } = await connectedOrganization('admin@acme.test');
    const personal = await insertZoomConnection(parley, {
      organizationId,
      kind: 'personal',
      userId: interviewerId,
      zoomEmail: 'member20@acme.test',
    });
    parley.emulator.control.uninstallApp('acme', 'parley-user', { user: 'member20@acme.test' });
    const elapsed = await millisecondsUntil(
      async () => (await readConnection(parley, personal.connectionId))?.status === 'removed_in_zoom',
    );
    expect(elapsed).toBeLessThan(1_000);
    expect((await readConnection(parley, personal.connectionId))!.sealedAccessToken).toBeNull();
    expect((await readConnection(parley, connectionId))!.status).toBe('connected');
  });
});

describe('app_deauthorized that arrives late', () => {
  it('leaves a connection made after the deauthorization alone (a disconnect’s webhook arriving after the reconnect)', async () => {
    const zoomEmail = createZoomAdmin('reconnected-quickly');
    const { organizationId, connectionId } = await connectedOrganization(zoomEmail);
    const connectedAt = (await readConnection(parley, connectionId))!.connectedAt;
    const deauthorizedAt = new Date(connectedAt.getTime() - 2_000);
    const body = JSON.stringify({
      event: 'app_deauthorized',
      payload: {
        account_id: acmeAccountId,
        user_id: zoomUserId(zoomEmail),
        signature: 'late-event-signature',
        deauthorization_time: deauthorizedAt.toISOString(),
        client_id: 'parley-org',
        event_ts: deauthorizedAt.getTime(),
      },
      event_ts: deauthorizedAt.getTime(),
    });
    const response = await postWebhook(body, zoomWebhookHeaders(body));
    expect(response.statusCode).toBe(204);
    expect(await readConnection(parley, connectionId)).toMatchObject({
      status: 'connected',
      statusReason: null,
    });
    expect((await readConnection(parley, connectionId))!.sealedAccessToken).not.toBeNull();
    expect((await auditActions(organizationId)).map((event) => event.action)).not.toContain(
      'zoom.organization.status_changed',
    );
  });
});

describe('the Zoom user behind the organization connection', () => {
  const cases = [
    {
      change: 'loses the admin role',
      act: (email: string) => parley.emulator.control.setUserRole(email, 'member'),
      reason: 'zoom_admin_role_lost',
    },
    {
      change: 'is deactivated',
      act: (email: string) => parley.emulator.control.setUserStatus(email, 'inactive'),
      reason: 'zoom_user_deactivated',
    },
    {
      change: 'is deleted',
      act: (email: string) => parley.emulator.control.deleteUser(email),
      reason: 'zoom_user_deleted',
    },
  ] as const;

  for (const { change, act, reason } of cases) {
    it(`${change} → Needs reconnect (${reason}), admins emailed once`, async () => {
      const zoomEmail = createZoomAdmin(`lead-${reason}`);
      const { organizationId, connectionId, admins } = await connectedOrganization(zoomEmail);
      act(zoomEmail);
      await eventually(async () =>
        (await readConnection(parley, connectionId))?.status === 'needs_reconnect' ? true : undefined,
      );
      const connection = await readConnection(parley, connectionId);
      expect(connection).toMatchObject({ status: 'needs_reconnect', statusReason: reason });
      if (reason === 'zoom_admin_role_lost') expect(connection!.zoomUserRole).toBe('member');
      for (const admin of admins) {
        await eventually(async () =>
          (await mailTo(parley, organizationId, admin)).length > 0 ? true : undefined,
        );
      }
      await parley.emulator.control.webhooksSettled();
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const admin of admins) expect(await mailTo(parley, organizationId, admin)).toHaveLength(1);
    });
  }

  it('works again when the Zoom admin role is given back — no reconnect needed', async () => {
    const zoomEmail = createZoomAdmin('comeback-lead');
    const { organizationId, connectionId, admins } = await connectedOrganization(zoomEmail);
    parley.emulator.control.setUserRole(zoomEmail, 'member');
    await eventually(async () =>
      (await readConnection(parley, connectionId))?.status === 'needs_reconnect' ? true : undefined,
    );
    parley.emulator.control.setUserRole(zoomEmail, 'admin');
    await eventually(async () =>
      (await readConnection(parley, connectionId))?.status === 'connected' ? true : undefined,
    );
    expect(await readConnection(parley, connectionId)).toMatchObject({
      statusReason: null,
      zoomUserRole: 'admin',
    });
    const transitions = (await auditActions(organizationId))
      .filter((event) => event.action === 'zoom.organization.status_changed')
      .map((event) => `${event.metadata.from}→${event.metadata.to}`);
    expect(transitions).toEqual(['connected→needs_reconnect', 'needs_reconnect→connected']);
    // The kept token works: Parley reaches Zoom with it again.
    const check = await parley.request({
      method: 'POST',
      url: '/api/zoom/organization/check',
      as: await parley.login(admins[0]!),
    });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ status: 'connected', lastCheckOk: true });
  });

  it('still needs a reconnect after a deactivated Zoom user is reactivated (Zoom ended the authorization)', async () => {
    const zoomEmail = createZoomAdmin('reactivated-lead');
    const { connectionId } = await connectedOrganization(zoomEmail);
    parley.emulator.control.setUserStatus(zoomEmail, 'inactive');
    await eventually(async () =>
      (await readConnection(parley, connectionId))?.status === 'needs_reconnect' ? true : undefined,
    );
    parley.emulator.control.setUserStatus(zoomEmail, 'active');
    await parley.emulator.control.webhooksSettled();
    expect(await readConnection(parley, connectionId)).toMatchObject({
      status: 'needs_reconnect',
      statusReason: 'zoom_user_deactivated',
    });
  });

  it('leaves the connection alone when another user of the account changes', async () => {
    const zoomEmail = createZoomAdmin('steady-lead');
    const { connectionId } = await connectedOrganization(zoomEmail);
    parley.emulator.control.setUserStatus('member30@acme.test', 'inactive');
    parley.emulator.control.setUserRole('member31@acme.test', 'admin');
    parley.emulator.control.setUserRole('member31@acme.test', 'member');
    await parley.emulator.control.webhooksSettled();
    expect(await readConnection(parley, connectionId)).toMatchObject({
      status: 'connected',
      statusReason: null,
    });
  });

  it('marks a personal connection of a deactivated or deleted Zoom user Needs reconnect', async () => {
    const { organizationId, userIds } = await connectedOrganization('owner@acme.test');
    const [first, second] = Object.entries(userIds).filter(
      ([email]) => email.startsWith('admin') || email.startsWith('recruiter'),
    );
    const deactivated = await insertZoomConnection(parley, {
      organizationId,
      kind: 'personal',
      userId: first![1],
      zoomEmail: 'member40@acme.test',
    });
    const deleted = await insertZoomConnection(parley, {
      organizationId,
      kind: 'personal',
      userId: second![1],
      zoomEmail: 'member41@acme.test',
    });
    parley.emulator.control.setUserStatus('member40@acme.test', 'inactive');
    parley.emulator.control.deleteUser('member41@acme.test');
    await parley.emulator.control.webhooksSettled();
    expect(await readConnection(parley, deactivated.connectionId)).toMatchObject({
      status: 'needs_reconnect',
      statusReason: 'zoom_user_deactivated',
    });
    expect(await readConnection(parley, deleted.connectionId)).toMatchObject({
      status: 'needs_reconnect',
      statusReason: 'zoom_user_deleted',
    });
  });
});

describe('the same event twice', () => {
  it('has one effect: one status change, one email, one record — redelivered, replayed or concurrent', async () => {
    const zoomEmail = createZoomAdmin('twice-lead');
    const { organizationId, connectionId, admins } = await connectedOrganization(zoomEmail);
    parley.emulator.control.setUserStatus(zoomEmail, 'inactive');
    await parley.emulator.control.webhooksSettled();
    const delivery = parley.emulator.control
      .webhookDeliveries()
      .find(
        (candidate) =>
          candidate.event === 'user.deactivated' && candidate.body.includes(zoomUserId(zoomEmail)),
      );
    expect(delivery?.state).toBe('delivered');
    const body = delivery!.body;
    // Zoom's retry: the same bytes with a new timestamp; a replay: the same headers again.
    const headers = zoomWebhookHeaders(body);
    const responses = await Promise.all([
      postWebhook(body, headers),
      postWebhook(body, headers),
      postWebhook(body, zoomWebhookHeaders(body)),
    ]);
    expect(responses.map((response) => response.statusCode)).toEqual([204, 204, 204]);
    const bodyHash = createHash('sha256').update(body).digest('hex');
    const records = await parley.database.db
      .select()
      .from(zoomWebhookEvents)
      .where(eq(zoomWebhookEvents.bodyHash, bodyHash));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ event: 'user.deactivated', result: 'applied' });
    const statusChanges = await parley.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, organizationId),
          eq(auditEvents.action, 'zoom.organization.status_changed'),
        ),
      );
    expect(statusChanges).toHaveLength(1);
    expect((await readConnection(parley, connectionId))!.statusReason).toBe('zoom_user_deactivated');
    await eventually(async () =>
      (await mailTo(parley, organizationId, admins[0]!)).length > 0 ? true : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mailTo(parley, organizationId, admins[0]!)).toHaveLength(1);
  });
});
