import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteResponse } from '../http/route-types.ts';
import { jsonResponse } from '../http/send-response.ts';
import { createJwtLikeToken, createZoomId } from '../state/ids.ts';
import type { Grant } from '../state/types.ts';

/** Starts a grant (an authorization) and returns it with no tokens yet. */
export function createGrant(
  context: EmulatorContext,
  fields: Pick<Grant, 'clientId' | 'accountId' | 'userId' | 'scopes' | 'installationId'>,
): Grant {
  const grant: Grant = {
    ...fields,
    id: createZoomId(),
    scopes: [...fields.scopes],
    createdAt: context.clock.now(),
    refreshToken: null,
    refreshExpiresAt: 0,
    endedReason: null,
    refreshCount: 0,
  };
  context.state.grants.set(grant.id, grant);
  return grant;
}

/** Issues a new access token (and, with `withRefresh`, rotates the refresh token) as Zoom's JSON answer. */
export function issueTokens(context: EmulatorContext, grant: Grant, withRefresh: boolean): RouteResponse {
  const { state, clock, settings } = context;
  const now = clock.now();
  pruneExpiredAccessTokens(context, now);
  const accessToken = createJwtLikeToken('access', Math.floor(now / 1000) + settings.accessTokenTtlSeconds);
  state.accessTokens.set(accessToken, {
    grantId: grant.id,
    expiresAt: now + settings.accessTokenTtlSeconds * 1000,
  });
  const body: Record<string, unknown> = { access_token: accessToken, token_type: 'bearer' };
  if (withRefresh) {
    if (grant.refreshToken) {
      state.refreshTokens.delete(grant.refreshToken);
      state.retiredRefreshTokens.set(grant.refreshToken, grant.id);
    }
    const refreshToken = createJwtLikeToken(
      'refresh',
      Math.floor(now / 1000) + settings.refreshTokenTtlSeconds,
    );
    grant.refreshToken = refreshToken;
    grant.refreshExpiresAt = now + settings.refreshTokenTtlSeconds * 1000;
    state.refreshTokens.set(refreshToken, grant.id);
    body.refresh_token = refreshToken;
  }
  body.expires_in = settings.accessTokenTtlSeconds;
  body.scope = grant.scopes.join(' ');
  body.api_url = context.baseUrl;
  return jsonResponse(200, body, { 'cache-control': 'no-store', pragma: 'no-cache' });
}

const lastPruneByState = new WeakMap<object, number>();

/**
 * Once a minute at most, forgets access tokens expired for a day and S2S grants (no refresh token)
 * whose only token expired a day ago, so that long runs keep flat memory.
 */
function pruneExpiredAccessTokens(context: EmulatorContext, now: number): void {
  const lastPrune = lastPruneByState.get(context.state) ?? 0;
  if (now - lastPrune < 60_000 && now >= lastPrune) return;
  lastPruneByState.set(context.state, now);
  const forgetBefore = now - 24 * 3_600_000;
  for (const [token, accessToken] of context.state.accessTokens) {
    if (accessToken.expiresAt < forgetBefore) context.state.accessTokens.delete(token);
  }
  const accessTtlMs = context.settings.accessTokenTtlSeconds * 1000;
  for (const [grantId, grant] of context.state.grants) {
    if (grant.refreshToken === null && grant.createdAt + accessTtlMs < forgetBefore)
      context.state.grants.delete(grantId);
  }
}
