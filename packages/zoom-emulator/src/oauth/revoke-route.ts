import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteRequest, RouteResponse } from '../http/route-types.ts';
import { jsonResponse } from '../http/send-response.ts';
import { authenticateClient } from './authenticate-client.ts';
import { uninstall } from './manage-installations.ts';
import { OAUTH_FAILURES, oauthFailureResponse } from './oauth-errors.ts';
import { readOAuthParams } from './read-oauth-params.ts';

/**
 * `POST /oauth/revoke`: Zoom's "disconnect". For General apps it removes the app (every token of that
 * authorization dies) and sends `app_deauthorized`; for S2S apps only the presented token dies.
 */
export function createRevokeRoute(context: EmulatorContext) {
  return async (request: RouteRequest): Promise<RouteResponse> => {
    const { state } = context;
    const params = await readOAuthParams(request);
    const client = authenticateClient(state, request.headers.authorization, params);
    if ('failure' in client) return oauthFailureResponse(client.failure);
    const token = params.get('token');
    if (!token) return oauthFailureResponse(OAUTH_FAILURES.tokenEmpty);
    const grantId = state.accessTokens.get(token)?.grantId ?? state.refreshTokens.get(token);
    const grant = grantId ? state.grants.get(grantId) : undefined;
    if (!grant || grant.endedReason || grant.clientId !== client.app.clientId) {
      return oauthFailureResponse(OAUTH_FAILURES.tokenInvalid);
    }
    const installation = grant.installationId ? state.installations.get(grant.installationId) : undefined;
    if (client.app.type === 's2s' || !installation) state.endGrant(grant, 'revoked');
    else uninstall(context, installation);
    return jsonResponse(200, { status: 'success' });
  };
}
