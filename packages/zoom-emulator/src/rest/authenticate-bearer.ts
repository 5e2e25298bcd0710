import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteRequest, RouteResponse } from '../http/route-types.ts';
import type { Account, App, Grant, ZoomUser } from '../state/types.ts';
import { restErrors } from './rest-errors.ts';

/** Who is calling: the token's grant, app, account and user. */
export interface Caller {
  grant: Grant;
  app: App;
  account: Account;
  /** The token's user (for S2S apps: the account owner). */
  user: ZoomUser;
  scopes: ReadonlySet<string>;
}

const scopeSets = new WeakMap<Grant, ReadonlySet<string>>();

/**
 * Bearer authentication. Since February 2023 Zoom accepts access tokens only in the `Authorization`
 * header; one in the query string gets code 124.
 */
export function authenticateBearer(
  context: EmulatorContext,
  request: RouteRequest,
): { caller: Caller } | { response: RouteResponse } {
  const { state, clock } = context;
  const header = request.headers.authorization;
  if (!header || !/^bearer /i.test(header)) {
    return {
      response: request.query.has('access_token')
        ? restErrors.tokenInQuery()
        : restErrors.invalidAccessToken(),
    };
  }
  const accessToken = state.accessTokens.get(header.slice(7).trim());
  if (!accessToken) return { response: restErrors.invalidAccessToken() };
  if (accessToken.expiresAt <= clock.now()) return { response: restErrors.expiredAccessToken() };
  const grant = state.grants.get(accessToken.grantId);
  const app = grant ? state.apps.get(grant.clientId) : undefined;
  const user = grant ? state.users.get(grant.userId) : undefined;
  const account = grant ? state.accounts.get(grant.accountId) : undefined;
  if (!grant || grant.endedReason || !app || app.disabled || !user || user.status !== 'active' || !account) {
    return { response: restErrors.invalidAccessToken() };
  }
  let scopes = scopeSets.get(grant);
  if (!scopes) {
    scopes = new Set(grant.scopes);
    scopeSets.set(grant, scopes);
  }
  return { caller: { grant, app, account, user, scopes } };
}
