import * as oauth from 'oauth4webapi';
import { joinZoomUrl, type ZoomCallOptions } from '../zoom-endpoints.ts';

/** A prepared authorization request: send the user to `url`, keep `state` and `codeVerifier` server-side. */
export interface ZoomAuthorizationRequest {
  url: URL;
  state: string;
  codeVerifier: string;
}

/**
 * Builds Zoom's `/oauth/authorize` URL with `state` and a PKCE `S256` challenge. Zoom defaults the challenge
 * method to `plain` when it is absent, so the method is always sent.
 */
export async function buildZoomAuthorizeUrl(
  options: Pick<ZoomCallOptions, 'endpoints'> & {
    clientId: string;
    redirectUri: string;
    state?: string;
    codeVerifier?: string;
  },
): Promise<ZoomAuthorizationRequest> {
  const state = options.state ?? oauth.generateRandomState();
  const codeVerifier = options.codeVerifier ?? oauth.generateRandomCodeVerifier();
  const url = joinZoomUrl(options.endpoints.oauthUrl, '/oauth/authorize');
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', options.clientId);
  url.searchParams.set('redirect_uri', options.redirectUri);
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  return { url, state, codeVerifier };
}
