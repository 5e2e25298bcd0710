import { completeAuthorization, startZoomEmulator, type ZoomEmulator } from '@parley/zoom-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordWire } from '../testing/record-wire.ts';
import { ZoomApiError } from '../zoom-api-error.ts';
import type { ZoomEndpoints } from '../zoom-endpoints.ts';
import { buildZoomAuthorizeUrl } from './build-zoom-authorize-url.ts';
import {
  exchangeZoomCode,
  refreshZoomToken,
  requestZoomAccountToken,
  revokeZoomToken,
  type ZoomAppCredentials,
} from './request-zoom-token.ts';

const orgApp: ZoomAppCredentials = { clientId: 'parley-org', clientSecret: 'parley-org-secret' };
const s2sApp: ZoomAppCredentials = { clientId: 'parley-s2s', clientSecret: 'parley-s2s-secret' };
const redirectUri = 'http://127.0.0.1:3999/oauth/zoom/callback';

let emulator: ZoomEmulator;
let endpoints: ZoomEndpoints;

beforeAll(async () => {
  emulator = await startZoomEmulator({ port: 0, testMode: true });
  endpoints = { oauthUrl: emulator.url, apiUrl: emulator.url };
});
afterAll(() => emulator.close());

async function authorize(email: string) {
  const request = await buildZoomAuthorizeUrl({ endpoints, clientId: orgApp.clientId, redirectUri });
  const outcome = await completeAuthorization({ authorizeUrl: request.url.href, email });
  if (outcome.kind !== 'redirect' || !outcome.code) throw new Error(`authorization stopped: ${outcome.kind}`);
  return { request, code: outcome.code, state: outcome.state };
}

/** The tokens Zoom issues once `email` authorized the org app and its code was exchanged. */
async function authorizedTokens(email: string) {
  const { request, code } = await authorize(email);
  return exchangeZoomCode({
    endpoints,
    credentials: orgApp,
    code,
    redirectUri,
    codeVerifier: request.codeVerifier,
  });
}

function basicAuth(credentials: ZoomAppCredentials): string {
  return `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64')}`;
}

describe('authorization code flow', () => {
  it('sends state and an S256 PKCE challenge, and Zoom echoes the state', async () => {
    const { request, state } = await authorize('admin@acme.test');
    expect(request.url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(request.url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(state).toBe(request.state);
  });

  it('exchanges the code with Basic client auth and the PKCE verifier, as a form body', async () => {
    const { request, code } = await authorize('admin@acme.test');
    const wire = recordWire();
    const before = Date.now();
    const tokens = await exchangeZoomCode({
      endpoints,
      fetch: wire.fetch,
      credentials: orgApp,
      code,
      redirectUri,
      codeVerifier: request.codeVerifier,
    });
    const [sent] = wire.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.url.pathname).toBe('/oauth/token');
    expect(sent?.headers.get('authorization')).toBe(basicAuth(orgApp));
    expect(sent?.headers.get('content-type')).toContain('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(sent?.body))).toEqual({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: request.codeVerifier,
    });
    expect(tokens.refreshToken).toBeTruthy();
    expect(tokens.scopes).toContain('user:read:list_users:admin');
    expect(tokens.expiresAt.getTime() - before).toBeGreaterThan(3_590_000);
    expect(tokens.apiUrl).toBe(emulator.url);
  });

  it('rejects a wrong verifier and a reused code with invalid_grant', async () => {
    const { code } = await authorize('admin@acme.test');
    const exchange = () =>
      exchangeZoomCode({ endpoints, credentials: orgApp, code, redirectUri, codeVerifier: 'x'.repeat(43) });
    const error = await exchange().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZoomApiError);
    expect((error as ZoomApiError).oauthError).toBe('invalid_grant');
    expect((error as ZoomApiError).status).toBe(400);
  });
});

describe('refresh', () => {
  it('rotates the refresh token; the previous one is dead and asks for reauthorization', async () => {
    const first = await authorizedTokens('admin@acme.test');
    const wire = recordWire();
    const second = await refreshZoomToken({
      endpoints,
      fetch: wire.fetch,
      credentials: orgApp,
      refreshToken: first.refreshToken!,
    });
    expect(Object.fromEntries(new URLSearchParams(wire.requests[0]?.body))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: first.refreshToken,
    });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);

    const reuse = await refreshZoomToken({
      endpoints,
      credentials: orgApp,
      refreshToken: first.refreshToken!,
    }).catch((e: unknown) => e);
    expect(reuse).toBeInstanceOf(ZoomApiError);
    expect(reuse).toMatchObject({ status: 400, oauthError: 'invalid_grant', message: 'Invalid Token!' });
    expect((reuse as ZoomApiError).requiresReauthorization).toBe(true);
    expect((reuse as ZoomApiError).message).not.toContain(first.refreshToken!);
  });
});

describe('server-to-server', () => {
  const acmeAccountId = () => emulator.control.snapshot().accounts.find((a) => a.key === 'acme')!.id;

  it('gets an account token without a refresh token', async () => {
    const wire = recordWire();
    const tokens = await requestZoomAccountToken({
      endpoints,
      fetch: wire.fetch,
      credentials: s2sApp,
      accountId: acmeAccountId(),
    });
    expect(Object.fromEntries(new URLSearchParams(wire.requests[0]?.body))).toEqual({
      grant_type: 'account_credentials',
      account_id: acmeAccountId(),
    });
    expect(tokens.refreshToken).toBeUndefined();
    expect(tokens.accessToken).toBeTruthy();
  });

  it("reports wrong credentials with Zoom's code and never echoes the secret", async () => {
    const error = await requestZoomAccountToken({
      endpoints,
      credentials: { clientId: 'parley-s2s', clientSecret: 'wrong-secret-123' },
      accountId: acmeAccountId(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZoomApiError);
    expect((error as ZoomApiError).code).toBe(4702);
    expect((error as ZoomApiError).oauthError).toBe('invalid_client');
    expect(String((error as ZoomApiError).message)).not.toContain('wrong-secret-123');
  });

  it('says Zoom could not be reached when nothing listens', async () => {
    const error = await requestZoomAccountToken({
      endpoints: { oauthUrl: 'http://127.0.0.1:9', apiUrl: 'http://127.0.0.1:9' },
      credentials: s2sApp,
      accountId: 'x',
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0 });
    expect((error as Error).message).toMatch(/could not be reached/);
  });
});

describe('revoke', () => {
  it('revokes the token: Zoom answers success and the token stops working', async () => {
    const tokens = await authorizedTokens('admin@acme.test');
    const wire = recordWire();
    await revokeZoomToken({ endpoints, fetch: wire.fetch, credentials: orgApp, token: tokens.accessToken });
    expect(wire.requests[0]?.url.pathname).toBe('/oauth/revoke');
    expect(wire.requests[0]?.headers.get('authorization')).toBe(basicAuth(orgApp));
    const me = await fetch(`${emulator.url}/v2/users/me`, {
      headers: { authorization: `Bearer ${tokens.accessToken}` },
    });
    expect(me.status).toBe(401);
    expect(((await me.json()) as { code: number }).code).toBe(124);
  });
});
