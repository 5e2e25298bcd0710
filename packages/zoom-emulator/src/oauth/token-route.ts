import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteRequest, RouteResponse } from '../http/route-types.ts';
import type { App, Grant } from '../state/types.ts';
import { authenticateClient } from './authenticate-client.ts';
import { createGrant, issueTokens } from './issue-tokens.ts';
import { OAUTH_FAILURES, oauthFailureResponse } from './oauth-errors.ts';
import { readOAuthParams } from './read-oauth-params.ts';
import { verifyPkce } from './verify-pkce.ts';

/** `POST /oauth/token`: authorization_code, refresh_token (rotating) and account_credentials grants. */
export function createTokenRoute(context: EmulatorContext) {
  return async (request: RouteRequest): Promise<RouteResponse> => {
    const params = await readOAuthParams(request);
    const client = authenticateClient(context.state, request.headers.authorization, params);
    if ('failure' in client) return oauthFailureResponse(client.failure);
    const grantType = params.get('grant_type');
    if (!grantType) return oauthFailureResponse(OAUTH_FAILURES.grantTypeMissing);
    const response = exchange(context, client.app, grantType, params);
    if (response.status === 200) context.counters.recordTokenIssued(grantType);
    return response;
  };
}

function exchange(
  context: EmulatorContext,
  app: App,
  grantType: string,
  params: URLSearchParams,
): RouteResponse {
  const userApp = app.type === 'admin' || app.type === 'user';
  if (grantType === 'authorization_code' && userApp) return exchangeCode(context, app, params);
  if (grantType === 'refresh_token' && userApp) return refresh(context, app, params.get('refresh_token'));
  if (grantType === 'account_credentials' && app.type === 's2s')
    return accountCredentials(context, app, params);
  return oauthFailureResponse(OAUTH_FAILURES.grantTypeUnsupported);
}

function exchangeCode(context: EmulatorContext, app: App, params: URLSearchParams): RouteResponse {
  const { state, clock } = context;
  const codeValue = params.get('code') ?? '';
  const code = state.authorizationCodes.get(codeValue);
  if (!code || code.clientId !== app.clientId || code.used)
    return oauthFailureResponse(OAUTH_FAILURES.codeInvalid);
  if (code.expiresAt <= clock.now()) return oauthFailureResponse(OAUTH_FAILURES.codeExpired);
  if (params.get('redirect_uri') !== code.redirectUri)
    return oauthFailureResponse(OAUTH_FAILURES.redirectMismatch);
  if (
    code.codeChallenge &&
    !verifyPkce(code.codeChallenge, code.codeChallengeMethod, params.get('code_verifier'))
  ) {
    return oauthFailureResponse(OAUTH_FAILURES.codeVerifierInvalid);
  }
  code.used = true;
  const user = state.users.get(code.userId);
  if (user?.status !== 'active' || !state.installations.has(code.installationId)) {
    return oauthFailureResponse(OAUTH_FAILURES.codeInvalid);
  }
  const grant = createGrant(context, {
    clientId: app.clientId,
    accountId: code.accountId,
    userId: code.userId,
    scopes: code.scopes,
    installationId: code.installationId,
  });
  return issueTokens(context, grant, true);
}

/** Rotation: the presented refresh token dies as the new one is issued; reuse → "Invalid Token!". */
function refresh(context: EmulatorContext, app: App, refreshToken: string | null): RouteResponse {
  const { state, counters, clock } = context;
  if (!refreshToken) return oauthFailureResponse(OAUTH_FAILURES.tokenInvalid);
  const liveGrantId = state.refreshTokens.get(refreshToken);
  const grantId = liveGrantId ?? state.retiredRefreshTokens.get(refreshToken);
  const grant = grantId ? state.grants.get(grantId) : undefined;
  if (!grant || grant.clientId !== app.clientId) {
    counters.recordRefresh(app.clientId, grant?.accountId ?? 'unknown', false);
    return oauthFailureResponse(OAUTH_FAILURES.tokenInvalid);
  }
  const failure = refreshFailure(context, grant, liveGrantId !== undefined);
  if (failure) {
    counters.recordRefresh(app.clientId, grant.accountId, false);
    return oauthFailureResponse(failure);
  }
  if (grant.refreshExpiresAt <= clock.now()) {
    state.endGrant(grant, 'expired');
    counters.recordRefresh(app.clientId, grant.accountId, false);
    return oauthFailureResponse(OAUTH_FAILURES.tokenInvalid);
  }
  grant.refreshCount++;
  counters.recordRefresh(app.clientId, grant.accountId, true);
  return issueTokens(context, grant, true);
}

function refreshFailure(context: EmulatorContext, grant: Grant, live: boolean) {
  if (grant.endedReason === 'owner_gone') return OAUTH_FAILURES.tokenOwnerGone;
  if (grant.endedReason === 'revoked') return OAUTH_FAILURES.tokenRevoked;
  if (!live || grant.endedReason) return OAUTH_FAILURES.tokenInvalid;
  const owner = context.state.users.get(grant.userId);
  if (owner?.status !== 'active') {
    context.state.endGrant(grant, 'owner_gone');
    return OAUTH_FAILURES.tokenOwnerGone;
  }
  return undefined;
}

/** Server-to-Server: a token for the account (acting as its owner), no refresh token. */
function accountCredentials(context: EmulatorContext, app: App, params: URLSearchParams): RouteResponse {
  const { state } = context;
  const accountId = params.get('account_id');
  if (!accountId) return oauthFailureResponse(OAUTH_FAILURES.accountIdMissing);
  const account = state.accounts.get(accountId);
  const installation = account
    ? [...state.installations.values()].find(
        (item) => item.clientId === app.clientId && item.accountId === account.id,
      )
    : undefined;
  if (!account || !installation) return oauthFailureResponse(OAUTH_FAILURES.accountIdInvalid);
  const grant = createGrant(context, {
    clientId: app.clientId,
    accountId: account.id,
    userId: state.ownerOf(account.id).id,
    scopes: app.scopes,
    installationId: installation.id,
  });
  return issueTokens(context, grant, false);
}
