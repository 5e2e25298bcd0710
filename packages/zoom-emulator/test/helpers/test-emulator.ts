import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach } from 'vitest';
import {
  completeAuthorization,
  startZoomEmulator,
  type ZoomEmulator,
  type ZoomEmulatorOptions,
} from '../../src/index.ts';

/** Client secrets of the default seed's apps. */
export const SECRETS: Record<string, string> = {
  'parley-org': 'parley-org-secret',
  'parley-user': 'parley-user-secret',
  'parley-s2s': 'parley-s2s-secret',
};
/** Zoom's JSON answers as tests read them: fields are asserted on, not trusted. */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of JSON answers and assert on each one.
export type JsonBody = Record<string, any>;

export const REDIRECT_URI = 'http://localhost:3000/zoom/callback';

/** A fresh emulator on a random port, in test mode (short webhook retries). */
export function startTestEmulator(options: ZoomEmulatorOptions = {}): Promise<ZoomEmulator> {
  return startZoomEmulator({ testMode: true, ...options });
}

/**
 * A fresh test emulator for each test of the file: started in beforeEach, closed in afterEach, so a file
 * says what it runs against in one line. The answer reads through to the running emulator, and throws when
 * read outside a test. Options made in an earlier beforeEach (a webhook receiver's URL) come as a function.
 */
export function useTestEmulator(
  options: ZoomEmulatorOptions | (() => ZoomEmulatorOptions) = {},
): ZoomEmulator {
  let emulator: ZoomEmulator | undefined;
  beforeEach(async () => {
    emulator = await startTestEmulator(typeof options === 'function' ? options() : options);
  });
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });
  return new Proxy({} as ZoomEmulator, {
    get(_target, key) {
      if (!emulator) throw new Error(`The test emulator's ${String(key)} was read outside a test.`);
      return emulator[key as keyof ZoomEmulator];
    },
  });
}

export function basicAuth(clientId: string, secret = SECRETS[clientId] ?? ''): string {
  return `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
}

/** `POST /oauth/token` with Basic auth and form parameters. */
export function postToken(
  emulator: ZoomEmulator,
  clientId: string,
  params: Record<string, string>,
  secret?: string,
) {
  return fetch(`${emulator.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: basicAuth(clientId, secret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(params),
  });
}

/** A Server-to-Server access token for `account` (id or key). */
export async function s2sToken(emulator: ZoomEmulator, account = 'acme'): Promise<string> {
  const accountId = emulator.control
    .snapshot()
    .accounts.find((item) => item.key === account || item.id === account)!.id;
  const response = await postToken(emulator, 'parley-s2s', {
    grant_type: 'account_credentials',
    account_id: accountId,
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The authorize URL a client would build. */
export function authorizeUrl(emulator: ZoomEmulator, params: Record<string, string>): string {
  const url = new URL('/oauth/authorize', emulator.url);
  url.search = new URLSearchParams({
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    ...params,
  }).toString();
  return url.toString();
}

/** Signs in as `email`, allows `clientId`, exchanges the code: the token response. */
export async function authorizeUser(
  emulator: ZoomEmulator,
  clientId: string,
  email: string,
  secret?: string,
): Promise<{ access_token: string; refresh_token: string; scope: string }> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const outcome = await completeAuthorization({
    authorizeUrl: authorizeUrl(emulator, {
      client_id: clientId,
      state: 'test-state',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }),
    email,
  });
  if (outcome.kind !== 'redirect' || !outcome.code)
    throw new Error(`authorization did not redirect with a code: ${JSON.stringify(outcome).slice(0, 300)}`);
  const response = await postToken(
    emulator,
    clientId,
    {
      grant_type: 'authorization_code',
      code: outcome.code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    },
    secret,
  );
  if (response.status !== 200)
    throw new Error(`code exchange failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { access_token: string; refresh_token: string; scope: string };
}

/** One REST call; the JSON body (or the text when it is not JSON). */
export async function callApi(
  emulator: ZoomEmulator,
  token: string,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await fetch(`${emulator.url}/v2${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: json as JsonBody,
  };
}
