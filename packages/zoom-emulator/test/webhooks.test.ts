import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaErrors } from './helpers/schema-errors.ts';
import { authorizeUser, callApi, postToken, s2sToken, useTestEmulator } from './helpers/test-emulator.ts';
import {
  answerUrlValidation,
  startWebhookReceiver,
  verifyZoomSignature,
} from './helpers/webhook-receiver.ts';

const SECRET = 'parley-webhook-secret';

/** A full garbage collection now, as a busy process would run one at any moment. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(() => receiver.close());
// Registered after the receiver's hooks: starts once the receiver listens, and closes before it.
const emulator = useTestEmulator(() => ({ webhookUrl: receiver.url, webhookTimeoutMs: 300 }));

describe('delivery format', () => {
  it('posts compact JSON signed with v0 HMAC-SHA256 and Zoom headers', async () => {
    const token = await s2sToken(emulator);
    await callApi(emulator, token, 'POST', '/users/member1@acme.test/meetings', { topic: 'Signed' });
    const webhook = await receiver.waitFor((item) => item.body.event === 'meeting.created');
    expect(verifyZoomSignature(SECRET, webhook.headers, webhook.rawBody)).toBe(true);
    expect(verifyZoomSignature('another-secret', webhook.headers, webhook.rawBody)).toBe(false);
    expect(webhook.rawBody).toBe(JSON.stringify(JSON.parse(webhook.rawBody)));
    expect(webhook.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Zoom Marketplace/1.0a',
      'x-zm-request-id': expect.any(String),
    });
    const timestamp = Number(webhook.headers['x-zm-request-timestamp']);
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(60);
  });
});

describe('meeting events', () => {
  it('announces create, update and delete through the API with the changed fields', async () => {
    const token = await s2sToken(emulator);
    const created = await callApi(emulator, token, 'POST', '/users/member1@acme.test/meetings', {
      topic: 'Before',
      duration: 30,
    });
    await callApi(emulator, token, 'PATCH', `/meetings/${created.json.id}`, { topic: 'After', duration: 30 });
    await callApi(emulator, token, 'DELETE', `/meetings/${created.json.id}`);
    const deleted = await receiver.waitFor((item) => item.body.event === 'meeting.deleted');
    const createdEvent = receiver.events('meeting.created')[0]!;
    const updatedEvent = receiver.events('meeting.updated')[0]!;
    expect(schemaErrors('derived/meeting-created.webhook', createdEvent.body)).toEqual([]);
    expect(schemaErrors('derived/meeting-updated.webhook', updatedEvent.body)).toEqual([]);
    expect(schemaErrors('derived/meeting-deleted.webhook', deleted.body)).toEqual([]);
    expect(createdEvent.body.payload.object).toMatchObject({
      id: created.json.id,
      uuid: created.json.uuid,
      join_url: created.json.join_url,
    });
    expect(updatedEvent.body.payload.object).toEqual({
      id: created.json.id,
      uuid: created.json.uuid,
      host_id: created.json.host_id,
      topic: 'After',
    });
    expect(updatedEvent.body.payload.old_object).toMatchObject({ topic: 'Before' });
    expect(deleted.body.payload).toMatchObject({
      operator: 'owner@acme.test',
      object: { id: created.json.id },
    });
  });

  it('announces changes made "in Zoom" through the control API, with the host as operator', async () => {
    const token = await s2sToken(emulator);
    const created = await callApi(emulator, token, 'POST', '/users/member2@acme.test/meetings', {
      start_time: '2031-01-01T10:00:00Z',
    });
    emulator.control.updateMeetingInZoom(created.json.id, { start_time: '2031-01-02T10:00:00Z' });
    const updated = await receiver.waitFor((item) => item.body.event === 'meeting.updated');
    expect(updated.body.payload).toMatchObject({
      operator: 'member2@acme.test',
      object: { start_time: '2031-01-02T10:00:00Z' },
      old_object: { start_time: '2031-01-01T10:00:00Z' },
    });
    emulator.control.deleteMeetingInZoom(created.json.id);
    await receiver.waitFor((item) => item.body.event === 'meeting.deleted');
    expect((await callApi(emulator, token, 'GET', `/meetings/${created.json.id}`)).json.code).toBe(3001);
  });

  it('tells a user-managed app only about the user who added it', async () => {
    const personalReceiver = await startWebhookReceiver();
    try {
      await emulator.control.updateApp('parley-user', { webhookUrl: personalReceiver.url, validate: false });
      await authorizeUser(emulator, 'parley-user', 'member1@acme.test');
      const token = await s2sToken(emulator);
      await callApi(emulator, token, 'POST', '/users/member2@acme.test/meetings', { topic: 'Not yours' });
      await callApi(emulator, token, 'POST', '/users/member1@acme.test/meetings', { topic: 'Yours' });
      await emulator.control.webhooksSettled();
      expect(
        personalReceiver.events('meeting.created').map((item) => item.body.payload.object.topic),
      ).toEqual(['Yours']);
    } finally {
      await personalReceiver.close();
    }
  });
});

describe('user events', () => {
  it('sends user.updated with object.role / old_object.role on a role change', async () => {
    emulator.control.setUserRole('admin@acme.test', 'member');
    const webhook = await receiver.waitFor((item) => item.body.event === 'user.updated');
    expect(schemaErrors('user-updated.webhook', webhook.body)).toEqual([]);
    expect(webhook.body.payload).toMatchObject({
      operator: 'owner@acme.test',
      object: { role: 'Member' },
      old_object: { role: 'Admin' },
    });
  });

  it('sends user.deactivated, after which the user tokens fail: 124 on calls, 4735 on refresh', async () => {
    const tokens = await authorizeUser(emulator, 'parley-org', 'admin@acme.test');
    emulator.control.setUserStatus('admin@acme.test', 'inactive');
    const webhook = await receiver.waitFor((item) => item.body.event === 'user.deactivated');
    expect(schemaErrors('user-deactivated.webhook', webhook.body)).toEqual([]);
    expect(webhook.body.payload.object.email).toBe('admin@acme.test');
    expect((await callApi(emulator, tokens.access_token, 'GET', '/users/me')).json).toEqual({
      code: 124,
      message: 'Invalid access token.',
    });
    const refresh = await postToken(emulator, 'parley-org', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(await refresh.json()).toEqual({ reason: 'Owner of token does not exist', error: 'invalid_grant' });
    emulator.control.setUserStatus('admin@acme.test', 'active');
    const activated = await receiver.waitFor((item) => item.body.event === 'user.activated');
    expect(schemaErrors('user-activated.webhook', activated.body)).toEqual([]);
  });

  it('sends user.deleted and forgets the user', async () => {
    emulator.control.deleteUser('member10@acme.test');
    const webhook = await receiver.waitFor((item) => item.body.event === 'user.deleted');
    expect(schemaErrors('user-deleted.webhook', webhook.body)).toEqual([]);
    expect(
      (await callApi(emulator, await s2sToken(emulator), 'GET', '/users/member10@acme.test')).status,
    ).toBe(404);
  });
});

describe('app_deauthorized', () => {
  it('is sent when the app is uninstalled from the account, and its tokens die', async () => {
    const tokens = await authorizeUser(emulator, 'parley-org', 'admin@acme.test');
    expect(emulator.control.uninstallApp('acme', 'parley-org')).toBe(1);
    const webhook = await receiver.waitFor((item) => item.body.event === 'app_deauthorized');
    expect(schemaErrors('app-deauthorized.webhook', webhook.body)).toEqual([]);
    expect(webhook.body.payload).toMatchObject({
      client_id: 'parley-org',
      user_id: expect.any(String),
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await callApi(emulator, tokens.access_token, 'GET', '/users/me')).status).toBe(401);
  });
});

describe('retries', () => {
  it('retries 5xx answers on the (shortened) schedule until one succeeds', async () => {
    let calls = 0;
    receiver.respondWith(() => ({ status: ++calls <= 2 ? 503 : 200 }));
    emulator.control.setUserType('member3@acme.test', 1);
    await emulator.control.webhooksSettled();
    const [delivery] = emulator.control.webhookDeliveries();
    expect(delivery!.state).toBe('delivered');
    expect(delivery!.attempts.map((attempt) => attempt.status)).toEqual([503, 503, 200]);
    expect(receiver.received.every((item) => verifyZoomSignature(SECRET, item.headers, item.rawBody))).toBe(
      true,
    );
    expect(emulator.control.counters().webhooks).toMatchObject({ delivered: 1, retried: 2, failed: 0 });
  });

  it('gives up after three retries, retries timeouts, and never retries a 4xx', async () => {
    receiver.respondWith(() => new Promise((resolve) => setTimeout(() => resolve({ status: 200 }), 600)));
    emulator.control.setUserType('member4@acme.test', 1);
    await emulator.control.webhooksSettled();
    const timedOut = emulator.control.webhookDeliveries()[0]!;
    expect(timedOut.state).toBe('failed');
    expect(timedOut.attempts.map((attempt) => attempt.error)).toEqual([
      'timeout',
      'timeout',
      'timeout',
      'timeout',
    ]);
    receiver.respondWith(() => ({ status: 404 }));
    emulator.control.setUserType('member5@acme.test', 1);
    await emulator.control.webhooksSettled();
    expect(emulator.control.webhookDeliveries()[1]!.attempts).toHaveLength(1);
  });

  it('times out a slow endpoint even when garbage is collected while it waits', async () => {
    receiver.respondWith(async () => {
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve, 600));
      return { status: 200 };
    });
    emulator.control.setUserType('member4@acme.test', 1);
    await emulator.control.webhooksSettled();
    const [delivery] = emulator.control.webhookDeliveries();
    expect(delivery!.attempts.map((attempt) => attempt.error ?? attempt.status)).toEqual([
      'timeout',
      'timeout',
      'timeout',
      'timeout',
    ]);
    expect(delivery!.state).toBe('failed');
  });
});

describe('endpoint.url_validation', () => {
  it('accepts a new webhook URL only when the endpoint answers the challenge', async () => {
    const validating = await startWebhookReceiver((webhook) => answerUrlValidation(SECRET, webhook));
    const careless = await startWebhookReceiver(() => ({ status: 200, body: '{}' }));
    try {
      const result = await emulator.control.updateApp('parley-org', { webhookUrl: validating.url });
      expect(result.validation).toMatchObject({ ok: true });
      expect(schemaErrors('derived/url-validation.webhook', validating.received[0]!.body)).toEqual([]);
      expect(
        verifyZoomSignature(SECRET, validating.received[0]!.headers, validating.received[0]!.rawBody),
      ).toBe(true);
      await expect(emulator.control.updateApp('parley-org', { webhookUrl: careless.url })).rejects.toThrow(
        /validation failed/,
      );
      expect(emulator.control.snapshot().apps.find((app) => app.clientId === 'parley-org')!.webhookUrl).toBe(
        validating.url,
      );
    } finally {
      await validating.close();
      await careless.close();
    }
  });
});
