import { describe, expect, it } from 'vitest';
import { completeAuthorization } from '../src/index.ts';
import { schemaErrors } from './helpers/schema-errors.ts';
import {
  authorizeUrl,
  authorizeUser,
  basicAuth,
  callApi,
  type JsonBody,
  postToken,
  REDIRECT_URI,
  s2sToken,
  useTestEmulator,
} from './helpers/test-emulator.ts';
import { startWebhookReceiver, verifyZoomSignature } from './helpers/webhook-receiver.ts';

const emulator = useTestEmulator();

async function freshCode(clientId = 'parley-org', email = 'admin@acme.test'): Promise<string> {
  const outcome = await completeAuthorization({
    authorizeUrl: authorizeUrl(emulator, { client_id: clientId }),
    email,
  });
  if (outcome.kind !== 'redirect' || !outcome.code) throw new Error('no code');
  return outcome.code;
}

describe('POST /oauth/token', () => {
  it('exchanges a code (form body) for tokens shaped like Zoom, with api_url = the emulator', async () => {
    const response = await postToken(emulator, 'parley-org', {
      grant_type: 'authorization_code',
      code: await freshCode(),
      redirect_uri: REDIRECT_URI,
    });
    const body = (await response.json()) as JsonBody;
    expect(response.status).toBe(200);
    expect(schemaErrors('derived/token.response', body)).toEqual([]);
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 3600, api_url: emulator.url });
    expect(body.refresh_token).toEqual(expect.any(String));
  });

  it('accepts the parameters in the query string too', async () => {
    const query = new URLSearchParams({
      grant_type: 'authorization_code',
      code: await freshCode(),
      redirect_uri: REDIRECT_URI,
    });
    const response = await fetch(`${emulator.url}/oauth/token?${query}`, {
      method: 'POST',
      headers: { authorization: basicAuth('parley-org') },
    });
    expect(response.status).toBe(200);
  });

  it('makes a code single-use and valid for 5 minutes', async () => {
    const code = await freshCode();
    const params = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI };
    expect((await postToken(emulator, 'parley-org', params)).status).toBe(200);
    const reused = await postToken(emulator, 'parley-org', params);
    expect(reused.status).toBe(400);
    expect(await reused.json()).toEqual({ reason: 'Invalid authorization code', error: 'invalid_grant' });
    const late = await freshCode();
    emulator.control.advanceClock(5 * 60_000 + 1);
    const expired = await postToken(emulator, 'parley-org', { ...params, code: late });
    expect(await expired.json()).toEqual({ reason: 'Code is expired', error: 'invalid_grant' });
  });

  it('rejects a redirect_uri that differs from the authorize request', async () => {
    const response = await postToken(emulator, 'parley-org', {
      grant_type: 'authorization_code',
      code: await freshCode(),
      redirect_uri: 'http://localhost:3000/other',
    });
    expect(await response.json()).toEqual({ reason: 'Redirect URI mismatch.', error: 'invalid_request' });
  });

  it('rejects missing and wrong client credentials and unsupported grants', async () => {
    const missing = await fetch(`${emulator.url}/oauth/token?grant_type=refresh_token&refresh_token=x`, {
      method: 'POST',
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: 'invalid_client' });
    const wrong = await postToken(
      emulator,
      'parley-org',
      { grant_type: 'refresh_token', refresh_token: 'x' },
      'not-the-secret',
    );
    expect(await wrong.json()).toEqual({
      reason: 'Invalid client_id or client_secret',
      error: 'invalid_client',
    });
    const unsupported = await postToken(emulator, 'parley-org', { grant_type: 'password' });
    expect(await unsupported.json()).toEqual({
      reason: 'unsupported grant type',
      error: 'unsupported_grant_type',
    });
    const s2sOnGeneralApp = await postToken(emulator, 'parley-org', {
      grant_type: 'account_credentials',
      account_id: 'x',
    });
    expect(schemaErrors('derived/oauth-error.response', await s2sOnGeneralApp.json())).toEqual([]);
  });

  it('rotates refresh tokens: the previous one is dead at once', async () => {
    const first = await authorizeUser(emulator, 'parley-org', 'admin@acme.test');
    const second = await postToken(emulator, 'parley-org', {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });
    const rotated = (await second.json()) as JsonBody;
    expect(second.status).toBe(200);
    expect(rotated.refresh_token).not.toBe(first.refresh_token);
    const reuse = await postToken(emulator, 'parley-org', {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });
    expect(reuse.status).toBe(400);
    expect(await reuse.json()).toEqual({ reason: 'Invalid Token!', error: 'invalid_grant' });
    const next = await postToken(emulator, 'parley-org', {
      grant_type: 'refresh_token',
      refresh_token: rotated.refresh_token,
    });
    expect(next.status).toBe(200);
    const accountId = emulator.control.snapshot().accounts[0]!.id;
    expect(emulator.control.counters().tokens.refreshes['parley-org']![accountId]).toEqual({
      succeeded: 2,
      failed: 1,
    });
    expect(emulator.control.refreshCount('parley-org', 'acme')).toBe(2);
  });

  it('gives Server-to-Server apps an account token without a refresh token, acting as the owner', async () => {
    const accountId = emulator.control.snapshot().accounts[0]!.id;
    const response = await postToken(emulator, 'parley-s2s', {
      grant_type: 'account_credentials',
      account_id: accountId,
    });
    const body = (await response.json()) as JsonBody;
    expect(schemaErrors('derived/token.response', body)).toEqual([]);
    expect(body.refresh_token).toBeUndefined();
    const me = await callApi(emulator, body.access_token, 'GET', '/users/me');
    expect(me.json.email).toBe('owner@acme.test');
    const globexId = emulator.control.snapshot().accounts[1]!.id;
    const notInstalled = await postToken(emulator, 'parley-s2s', {
      grant_type: 'account_credentials',
      account_id: globexId,
    });
    expect(notInstalled.status).toBe(400);
  });

  it('expires access tokens after an hour (124 "Access token is expired.")', async () => {
    const token = await s2sToken(emulator);
    emulator.control.advanceClock(3600_000);
    const expired = await callApi(emulator, token, 'GET', '/users/me');
    expect(expired.status).toBe(401);
    expect(expired.json).toEqual({ code: 124, message: 'Access token is expired.' });
  });
});

describe('POST /oauth/revoke', () => {
  it('answers {"status":"success"}, kills the tokens and sends a signed app_deauthorized', async () => {
    const receiver = await startWebhookReceiver();
    try {
      await emulator.control.updateApp('parley-org', { webhookUrl: receiver.url, validate: false });
      const tokens = await authorizeUser(emulator, 'parley-org', 'admin@acme.test');
      const response = await fetch(`${emulator.url}/oauth/revoke`, {
        method: 'POST',
        headers: {
          authorization: basicAuth('parley-org'),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ token: tokens.access_token }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'success' });
      expect((await callApi(emulator, tokens.access_token, 'GET', '/users/me')).json.code).toBe(124);
      const refresh = await postToken(emulator, 'parley-org', {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
      });
      expect(await refresh.json()).toEqual({ reason: 'Token has been revoked', error: 'invalid_grant' });
      const webhook = await receiver.waitFor((item) => item.body.event === 'app_deauthorized');
      expect(verifyZoomSignature('parley-webhook-secret', webhook.headers, webhook.rawBody)).toBe(true);
      expect(schemaErrors('app-deauthorized.webhook', webhook.body)).toEqual([]);
      expect(webhook.body.payload).toMatchObject({
        client_id: 'parley-org',
        account_id: emulator.control.snapshot().accounts[0]!.id,
      });
    } finally {
      await receiver.close();
    }
  });
});
