import { timingSafeEqual } from 'node:crypto';
import type { EmulatorState } from '../state/emulator-state.ts';
import type { App } from '../state/types.ts';
import { OAUTH_FAILURES, type OAuthFailure } from './oauth-errors.ts';

/**
 * Client authentication of the token and revoke endpoints: HTTP Basic, or (as Zoom's 4706 message
 * implies) `client_id` / `client_secret` parameters.
 */
export function authenticateClient(
  state: EmulatorState,
  authorization: string | undefined,
  params: URLSearchParams,
): { app: App } | { failure: OAuthFailure } {
  const credentials = readBasic(authorization) ?? readParams(params);
  if (!credentials) return { failure: OAUTH_FAILURES.clientMissing };
  const app = state.apps.get(credentials.clientId);
  if (!app || !sameSecret(app.clientSecret, credentials.clientSecret))
    return { failure: OAUTH_FAILURES.clientInvalid };
  if (app.disabled) return { failure: OAUTH_FAILURES.appDisabled };
  return { app };
}

function readBasic(
  authorization: string | undefined,
): { clientId: string; clientSecret: string } | undefined {
  if (!authorization || !/^basic /i.test(authorization)) return undefined;
  const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return undefined;
  return { clientId: decoded.slice(0, separator), clientSecret: decoded.slice(separator + 1) };
}

function readParams(params: URLSearchParams): { clientId: string; clientSecret: string } | undefined {
  const clientId = params.get('client_id');
  const clientSecret = params.get('client_secret');
  return clientId && clientSecret ? { clientId, clientSecret } : undefined;
}

function sameSecret(expected: string, actual: string): boolean {
  const expectedBytes = Buffer.from(expected);
  const actualBytes = Buffer.from(actual);
  return expectedBytes.length === actualBytes.length && timingSafeEqual(expectedBytes, actualBytes);
}
