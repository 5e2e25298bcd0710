import type { RouteResponse } from '../http/route-types.ts';
import { jsonResponse } from '../http/send-response.ts';

/** One token-endpoint failure: Zoom's documented code, and the body Zoom answers with. */
export interface OAuthFailure {
  /** Zoom's 47xx code from the OAuth error table (documentation only: Zoom does not put it in the body). */
  code: number;
  reason: string;
  error: string;
}

/**
 * Token and revoke endpoint failures. Bodies follow what Zoom is observed to send
 * (`{"reason":"Invalid Token!","error":"invalid_grant"}`), reasons follow Zoom's OAuth error table.
 */
export const OAUTH_FAILURES = {
  clientMissing: { code: 4706, reason: 'Client ID or client secret is missing.', error: 'invalid_client' },
  clientInvalid: { code: 4702, reason: 'Invalid client_id or client_secret', error: 'invalid_client' },
  appDisabled: { code: 4717, reason: 'The app has been disabled', error: 'invalid_client' },
  grantTypeMissing: { code: 4706, reason: 'Missing grant type.', error: 'invalid_request' },
  grantTypeUnsupported: { code: 4705, reason: 'unsupported grant type', error: 'unsupported_grant_type' },
  codeInvalid: { code: 4734, reason: 'Invalid authorization code', error: 'invalid_grant' },
  codeExpired: { code: 4733, reason: 'Code is expired', error: 'invalid_grant' },
  redirectMismatch: { code: 4709, reason: 'Redirect URI mismatch.', error: 'invalid_request' },
  codeVerifierInvalid: { code: 4700, reason: 'Invalid code verifier', error: 'invalid_grant' },
  tokenInvalid: { code: 4700, reason: 'Invalid Token!', error: 'invalid_grant' },
  tokenOwnerGone: { code: 4735, reason: 'Owner of token does not exist', error: 'invalid_grant' },
  tokenRevoked: { code: 4741, reason: 'Token has been revoked', error: 'invalid_grant' },
  tokenEmpty: { code: 4700, reason: 'Token cannot be empty.', error: 'invalid_request' },
  accountIdMissing: { code: 4700, reason: 'Missing account_id', error: 'invalid_request' },
  accountIdInvalid: { code: 4700, reason: 'Invalid account_id', error: 'invalid_request' },
} satisfies Record<string, OAuthFailure>;

/** The 400 answer for `failure`. */
export function oauthFailureResponse(failure: OAuthFailure): RouteResponse {
  return jsonResponse(400, { reason: failure.reason, error: failure.error }, { 'cache-control': 'no-store' });
}
