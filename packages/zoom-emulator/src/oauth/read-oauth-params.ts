import type { RouteRequest } from '../http/route-types.ts';

/**
 * Zoom takes token-endpoint parameters "either as query parameters or in the request body using the
 * x-www-form-urlencoded format": both are merged, the body winning.
 */
export async function readOAuthParams(request: RouteRequest): Promise<URLSearchParams> {
  const params = new URLSearchParams(request.query);
  const contentType = String(request.headers['content-type'] ?? '');
  if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) return params;
  const body = new URLSearchParams((await request.readBody()).toString('utf8'));
  for (const [name, value] of body) params.set(name, value);
  return params;
}
