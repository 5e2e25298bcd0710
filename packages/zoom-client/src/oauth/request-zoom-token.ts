import * as oauth from 'oauth4webapi';
import { z } from 'zod';
import { ZoomApiError } from '../zoom-api-error.ts';
import type { ZoomCallOptions } from '../zoom-endpoints.ts';
import {
  describeZoomAuthorizationServer,
  oauthRequestOptions,
  zoomClientAuth,
} from './zoom-authorization-server.ts';

/** The app's credentials for Zoom's token endpoint (HTTP Basic client authentication). */
export interface ZoomAppCredentials {
  clientId: string;
  clientSecret: string;
}

/** A token set as Parley stores it. `refreshToken` is absent for Server-to-Server tokens. */
export interface ZoomTokenSet {
  accessToken: string;
  refreshToken: string | undefined;
  expiresAt: Date;
  scopes: string[];
  /** The regional API base Zoom names for this user; `https://api.zoom.us` always works too. */
  apiUrl: string | undefined;
}

const zoomTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.number().int().positive(),
  scope: z.string().default(''),
  api_url: z.string().optional(),
});

/** Turns a token-endpoint answer into a `ZoomTokenSet`; `now` anchors `expiresAt`. */
export function processZoomTokenResponse(body: unknown, now: Date): ZoomTokenSet {
  const parsed = zoomTokenResponseSchema.safeParse(body);
  if (!parsed.success) {
    throw new ZoomApiError({
      status: 200,
      message: 'Zoom answered the token request with an unexpected body.',
      cause: parsed.error,
    });
  }
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token,
    expiresAt: new Date(now.getTime() + parsed.data.expires_in * 1000),
    scopes: parsed.data.scope.split(/[\s,]+/).filter(Boolean),
    apiUrl: parsed.data.api_url,
  };
}

/**
 * Zoom's token endpoint answers `{"reason", "error"}` without its numeric code; the code is recovered from
 * the reason using Zoom's OAuth error table (developers.zoom.us/docs/integrations/oauth-error-messages).
 */
const oauthCodesByReason: ReadonlyArray<[RegExp, number]> = [
  [/client id or client secret is missing|missing grant type/i, 4706],
  [/invalid client|client secret|does not match authenticated client/i, 4702],
  [/grant type is not supported|unsupported grant type/i, 4705],
  [/redirect uri mismatch/i, 4709],
  [/refresh token invalid/i, 4711],
  [/app has been disabled/i, 4717],
  [/code is expired/i, 4733],
  [/invalid authorization code/i, 4734],
  [/owner of token does not exist/i, 4735],
  [/token has been revoked/i, 4741],
  [/token cannot be empty|invalid token!/i, 4700],
];

function oauthCodeFromReason(reason: string | undefined): number | undefined {
  if (!reason) return undefined;
  return oauthCodesByReason.find(([pattern]) => pattern.test(reason))?.[1];
}

/** Maps oauth4webapi's and Zoom's token-endpoint failures onto `ZoomApiError`, keeping Zoom's code. */
function toZoomApiError(error: unknown): ZoomApiError {
  if (error instanceof ZoomApiError) return error;
  if (error instanceof oauth.ResponseBodyError) {
    const body = error.cause;
    const found = [body.reason, body.message, body.error_description].find((v) => typeof v === 'string');
    const reason = typeof found === 'string' ? found : undefined;
    return new ZoomApiError({
      status: error.status,
      code: typeof body.code === 'number' ? body.code : oauthCodeFromReason(reason),
      oauthError: error.error,
      message: reason ?? error.error,
      cause: error,
    });
  }
  if (error instanceof oauth.OperationProcessingError) {
    const response = (error.cause as { status?: unknown } | undefined) ?? {};
    const status = typeof response.status === 'number' ? response.status : 0;
    return new ZoomApiError({
      status,
      message: `Zoom's token endpoint answered unexpectedly: ${error.message}`,
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ZoomApiError({ status: 0, message: `Zoom could not be reached: ${message}`, cause: error });
}

type TokenRequest = (
  as: oauth.AuthorizationServer,
  client: oauth.Client,
  auth: oauth.ClientAuth,
  requestOptions: oauth.TokenEndpointRequestOptions,
) => Promise<Response>;

async function sendTokenRequest(
  options: ZoomCallOptions & { credentials: ZoomAppCredentials; now?: () => Date },
  request: TokenRequest,
): Promise<ZoomTokenSet> {
  const as = describeZoomAuthorizationServer(options);
  const client: oauth.Client = { client_id: options.credentials.clientId };
  const auth = zoomClientAuth(options.credentials.clientSecret);
  const requestedAt = options.now?.() ?? new Date();
  try {
    const response = await request(as, client, auth, oauthRequestOptions(options));
    const body = await oauth.processGenericTokenEndpointResponse(as, client, response);
    return processZoomTokenResponse(body, requestedAt);
  } catch (error) {
    throw toZoomApiError(error);
  }
}

/** Exchanges an authorization code (from the redirect's query) for tokens, with the PKCE verifier. */
export function exchangeZoomCode(
  options: ZoomCallOptions & {
    credentials: ZoomAppCredentials;
    code: string;
    redirectUri: string;
    codeVerifier: string;
    now?: () => Date;
  },
): Promise<ZoomTokenSet> {
  return sendTokenRequest(options, (as, client, auth, requestOptions) =>
    oauth.genericTokenEndpointRequest(
      as,
      client,
      auth,
      'authorization_code',
      { code: options.code, redirect_uri: options.redirectUri, code_verifier: options.codeVerifier },
      requestOptions,
    ),
  );
}

/**
 * Trades a refresh token for a new token set. Zoom rotates refresh tokens: the one sent here is dead once
 * Zoom answers, so the caller must store the returned `refreshToken` before anything else can fail.
 */
export function refreshZoomToken(
  options: ZoomCallOptions & { credentials: ZoomAppCredentials; refreshToken: string; now?: () => Date },
): Promise<ZoomTokenSet> {
  return sendTokenRequest(options, (as, client, auth, requestOptions) =>
    oauth.refreshTokenGrantRequest(as, client, auth, options.refreshToken, requestOptions),
  );
}

/** Server-to-Server OAuth: an account token from `account_credentials` (no refresh token). */
export function requestZoomAccountToken(
  options: ZoomCallOptions & { credentials: ZoomAppCredentials; accountId: string; now?: () => Date },
): Promise<ZoomTokenSet> {
  return sendTokenRequest(options, (as, client, auth, requestOptions) =>
    oauth.genericTokenEndpointRequest(
      as,
      client,
      auth,
      'account_credentials',
      { account_id: options.accountId },
      requestOptions,
    ),
  );
}

/** Revokes an access token at Zoom; Zoom then sends `app_deauthorized`. */
export async function revokeZoomToken(
  options: ZoomCallOptions & { credentials: ZoomAppCredentials; token: string },
): Promise<void> {
  const as = describeZoomAuthorizationServer(options);
  const client: oauth.Client = { client_id: options.credentials.clientId };
  const auth = zoomClientAuth(options.credentials.clientSecret);
  try {
    const response = await oauth.revocationRequest(
      as,
      client,
      auth,
      options.token,
      oauthRequestOptions(options),
    );
    await oauth.processRevocationResponse(response);
  } catch (error) {
    throw toZoomApiError(error);
  }
}
