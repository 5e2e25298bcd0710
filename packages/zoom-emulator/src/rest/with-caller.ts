import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteHandler, RouteRequest, RouteResponse } from '../http/route-types.ts';
import type { RateLabel } from '../rate-limit/rate-limiter.ts';
import { authenticateBearer, type Caller } from './authenticate-bearer.ts';

/** A REST handler that runs after authentication and the account's rate limit. */
export type CallerHandler = (request: RouteRequest, caller: Caller) => RouteResponse | Promise<RouteResponse>;

/**
 * Wraps a REST handler: Bearer authentication, then the per-account rate limit of `label`
 * (429 with Zoom's headers), then the handler; rate-limit headers are added to its answer.
 */
export function withCaller(context: EmulatorContext, label: RateLabel, handler: CallerHandler): RouteHandler {
  return async (request) => {
    const authenticated = authenticateBearer(context, request);
    if ('response' in authenticated) return authenticated.response;
    const { caller } = authenticated;
    const outcome = context.rateLimiter.checkAccount(caller.account.id, caller.account.plan, label);
    if (!outcome.allowed) {
      context.counters.recordRateLimited(
        request.routeKey,
        String(outcome.response.headers?.['x-ratelimit-type']),
      );
      return outcome.response;
    }
    const response = await handler(request, caller);
    response.headers = { ...outcome.headers, ...response.headers };
    return response;
  };
}

/** Parses a JSON body; undefined when it is not JSON (Zoom: "Request Body should be a valid JSON object."). */
export async function readJsonBody(request: RouteRequest): Promise<unknown> {
  const text = (await request.readBody()).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
