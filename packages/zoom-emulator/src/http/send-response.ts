import type { RouteResponse } from './route-types.ts';

const JSON_TYPE = 'application/json;charset=UTF-8';

/** A compact JSON response. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: RouteResponse['headers'] = {},
): RouteResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

/** An HTML page. */
export function htmlResponse(
  status: number,
  html: string,
  headers: RouteResponse['headers'] = {},
): RouteResponse {
  return { status, headers: { 'content-type': 'text/html;charset=utf-8', ...headers }, body: html };
}

/** A 302 to `location`. */
export function redirectResponse(location: string, headers: RouteResponse['headers'] = {}): RouteResponse {
  return { status: 302, headers: { location, ...headers } };
}

/** No body at all (204 for PATCH / DELETE, as Zoom answers). */
export function emptyResponse(status = 204, headers: RouteResponse['headers'] = {}): RouteResponse {
  return { status, headers };
}
