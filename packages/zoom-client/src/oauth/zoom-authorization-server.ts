import * as oauth from 'oauth4webapi';
import { joinZoomUrl, type ZoomCallOptions } from '../zoom-endpoints.ts';

/** Zoom publishes no discovery document, so its authorization server is described by hand. */
export function describeZoomAuthorizationServer(options: ZoomCallOptions): oauth.AuthorizationServer {
  const base = options.endpoints.oauthUrl;
  return {
    issuer: joinZoomUrl(base, '').href,
    authorization_endpoint: joinZoomUrl(base, '/oauth/authorize').href,
    token_endpoint: joinZoomUrl(base, '/oauth/token').href,
    revocation_endpoint: joinZoomUrl(base, '/oauth/revoke').href,
  };
}

/** Request options for oauth4webapi: injected fetch, timeout, and plain HTTP allowed only for loopback. */
export function oauthRequestOptions(options: ZoomCallOptions): oauth.TokenEndpointRequestOptions {
  const url = new URL(options.endpoints.oauthUrl);
  const isLoopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  return {
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    ...(options.fetch ? { [oauth.customFetch]: options.fetch } : {}),
    ...(url.protocol === 'http:' && isLoopback ? { [oauth.allowInsecureRequests]: true } : {}),
  };
}

/**
 * HTTP Basic client authentication as Zoom documents it: `base64(client_id:client_secret)`. oauth4webapi's
 * `ClientSecretBasic` form-encodes both parts first (RFC 6749 §2.3.1), which turns `-` into `%2D`; Zoom's
 * documentation and SDKs send them verbatim, so Parley does too.
 */
export function zoomClientAuth(clientSecret: string): oauth.ClientAuth {
  return (_as, client, _body, headers) => {
    const credentials = Buffer.from(`${client.client_id}:${clientSecret}`, 'utf8').toString('base64');
    headers.set('authorization', `Basic ${credentials}`);
  };
}
