import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorContext } from '../emulator-context.ts';
import { BodyTooLargeError, type RouteRequest, type RouteResponse } from './route-types.ts';
import type { RouteMatch, Router } from './router.ts';
import { jsonResponse } from './send-response.ts';

const MAX_BODY_BYTES = 1024 * 1024;
const HELD_REQUEST_MS = 10 * 60_000;
const CONTROL_PREFIX = '/_emulator';

/** The one `request` listener: faults, routing, errors that never crash, counters. */
export function createRequestListener(context: EmulatorContext, router: Router) {
  let trackingSequence = 0;
  return (incoming: IncomingMessage, outgoing: ServerResponse): void => {
    incoming.on('error', () => undefined);
    outgoing.on('error', () => undefined);
    const started = handle(context, router, incoming, ++trackingSequence);
    started.then(
      (result) => {
        if (result) write(outgoing, result.response, result.routeKey, context);
      },
      (error: unknown) => {
        context.logger.error(
          `emulator request failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        write(outgoing, jsonResponse(500, { code: 500, message: 'Internal Error.' }), 'unmatched', context);
      },
    );
  };
}

interface Outcome {
  response: RouteResponse;
  routeKey: string;
}

async function handle(
  context: EmulatorContext,
  router: Router,
  incoming: IncomingMessage,
  trackingId: number,
): Promise<Outcome | null> {
  const method = incoming.method ?? 'GET';
  const rawUrl = incoming.url ?? '/';
  const queryStart = rawUrl.indexOf('?');
  const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1));
  const match = router.match(method, path);
  const routeKey = match?.routeKey ?? 'unmatched';
  const isControl = path.startsWith(CONTROL_PREFIX);
  const effect = isControl ? undefined : context.faults.apply(routeKey, method, path);
  if (effect) {
    if (effect.latencyMs > 0) await sleep(effect.latencyMs);
    if (effect.lost && !effect.afterHandling) return loseAnswer(incoming, effect.lost);
    if (effect.response) return { response: withTrackingId(effect.response, path, trackingId), routeKey };
  }
  if (!match) return { response: notRecognized(), routeKey };
  const outcome = await route(match, incoming, { method, path, query, routeKey }, trackingId);
  if (effect?.lost) return loseAnswer(incoming, effect.lost);
  return outcome;
}

/** The request as routed, before its handler runs. */
interface Routed {
  method: string;
  path: string;
  query: URLSearchParams;
  routeKey: string;
}

async function route(
  match: RouteMatch,
  incoming: IncomingMessage,
  { method, path, query, routeKey }: Routed,
  trackingId: number,
): Promise<Outcome> {
  const request: RouteRequest = {
    method,
    path,
    query,
    headers: incoming.headers,
    params: match.params,
    routeKey,
    raw: incoming,
    readBody: memoize(() => readBody(incoming)),
  };
  try {
    const response = await match.handler(request);
    return { response: withTrackingId(response, path, trackingId), routeKey };
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return { response: jsonResponse(413, { code: 300, message: 'Request Body is too large.' }), routeKey };
    }
    throw error;
  }
}

/** Zoom's answer to any path or method it does not serve. */
export function notRecognized(): RouteResponse {
  return jsonResponse(404, { code: 2300, message: 'This API endpoint is not recognized.' });
}

function write(
  outgoing: ServerResponse,
  response: RouteResponse,
  routeKey: string,
  context: EmulatorContext,
) {
  const path = outgoing.req?.url ?? '';
  if (!path.startsWith(CONTROL_PREFIX)) context.counters.recordRequest(routeKey, response.status);
  if (outgoing.destroyed || outgoing.headersSent) return;
  const body = response.body ?? '';
  outgoing.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(body) });
  outgoing.end(body);
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        incoming.removeAllListeners('data');
        incoming.resume();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
    incoming.on('aborted', () => reject(new Error('request aborted')));
  });
}

function memoize<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    cached ??= load();
    return cached;
  };
}

/** Zoom's `x-zm-trackingid`, on every REST answer — errors included, as support asks for it then. */
function withTrackingId(response: RouteResponse, path: string, trackingId: number): RouteResponse {
  if (!path.startsWith('/v2/')) return response;
  return {
    ...response,
    headers: { ...response.headers, 'x-zm-trackingid': `v=2.0;clid=emu;rid=${trackingId}` },
  };
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** A lost answer: held until the client gives up (`timeout`), or the connection closed at once (`reset`). */
function loseAnswer(incoming: IncomingMessage, how: 'timeout' | 'reset'): null {
  if (how === 'reset') {
    incoming.resume();
    incoming.socket?.destroy();
  } else holdForever(incoming);
  return null;
}

/** A "timeout" fault: read the request, never answer; the socket closes when the emulator does. */
function holdForever(incoming: IncomingMessage): void {
  incoming.resume();
  const timer = setTimeout(() => incoming.socket?.destroy(), HELD_REQUEST_MS);
  timer.unref();
  incoming.socket?.once('close', () => clearTimeout(timer));
}
