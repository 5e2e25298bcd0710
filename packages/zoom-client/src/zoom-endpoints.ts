/**
 * Where Zoom lives. Real Zoom: `https://zoom.us` for OAuth and `https://api.zoom.us` for REST; the emulator
 * serves both from one base URL. Everything else about a call is the same.
 */
export interface ZoomEndpoints {
  /** Base of `/oauth/authorize`, `/oauth/token`, `/oauth/revoke`. */
  oauthUrl: string;
  /** Base of the REST API; `/v2` is appended. */
  apiUrl: string;
}

/** Zoom's production endpoints. */
export const zoomProductionEndpoints: ZoomEndpoints = {
  oauthUrl: 'https://zoom.us',
  apiUrl: 'https://api.zoom.us',
};

/** Options shared by every call: the endpoints, and optionally a `fetch` (for tests and proxies). */
export interface ZoomCallOptions {
  endpoints: ZoomEndpoints;
  fetch?: typeof fetch;
  /** Milliseconds before a request is abandoned (default 15 000). */
  timeoutMs?: number;
}

/** Joins a base URL and a path without losing a path prefix on the base. */
export function joinZoomUrl(base: string, path: string): URL {
  return new URL(`${base.replace(/\/+$/, '')}${path}`);
}
