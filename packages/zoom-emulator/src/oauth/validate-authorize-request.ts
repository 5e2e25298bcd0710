import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteResponse } from '../http/route-types.ts';
import { htmlResponse } from '../http/send-response.ts';
import { renderOAuthErrorPage } from '../pages/render-oauth-pages.ts';
import type { App } from '../state/types.ts';
import { isRedirectAllowed } from './match-redirect-url.ts';

/** A well-formed authorize request for a known app and an allowed redirect URL. */
export interface AuthorizeRequest {
  app: App;
  redirectUri: string;
  state: string | null;
  scopes: string[];
  codeChallenge: string | null;
  codeChallengeMethod: 'S256' | 'plain';
}

/** Checks `GET /oauth/authorize` parameters; failures are Zoom's error page with its 47xx code. */
export function validateAuthorizeRequest(
  context: EmulatorContext,
  query: URLSearchParams,
): { request: AuthorizeRequest } | { page: RouteResponse } {
  const clientId = query.get('client_id') ?? '';
  const app = context.state.apps.get(clientId);
  if (!app) return errorPage(`Invalid client_id: ${clientId}`, 4702);
  if (app.disabled) return errorPage('The app has been disabled', 4717);
  if (app.type === 's2s')
    return errorPage('Server-to-Server OAuth apps cannot be authorized by a user', 4700);
  if (query.get('response_type') !== 'code') return errorPage('Invalid response_type', 4700);
  const redirectUri = query.get('redirect_uri') ?? '';
  if (!isRedirectAllowed(redirectUri, app.redirectUrls))
    return errorPage(`Invalid redirect: ${redirectUri}`, 4709);
  const method = query.get('code_challenge_method') ?? 'plain';
  if (method !== 'S256' && method !== 'plain') return errorPage('Invalid code_challenge_method', 4700);
  const codeChallenge = query.get('code_challenge') || null;
  const requested = (query.get('scope') ?? '').split(/\s+/).filter((scope) => app.scopes.includes(scope));
  return {
    request: {
      app,
      redirectUri,
      state: query.get('state'),
      scopes: requested.length > 0 ? requested : [...app.scopes],
      codeChallenge,
      codeChallengeMethod: method,
    },
  };
}

function errorPage(message: string, code: number): { page: RouteResponse } {
  return { page: htmlResponse(400, renderOAuthErrorPage(message, code)) };
}
