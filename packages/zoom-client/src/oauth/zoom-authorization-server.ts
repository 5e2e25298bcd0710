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
