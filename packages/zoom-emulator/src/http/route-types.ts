import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/** What a route handler sees of a request. */
export interface RouteRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Path parameters, URL-decoded, named as in the route template (`{userId}`). */
  params: Record<string, string>;
  /** `METHOD /template`, e.g. `GET /v2/users/{userId}` — the key of counters and faults. */
  routeKey: string;
  raw: IncomingMessage;
  /** The body, at most 1 MiB (larger bodies reject with {@link BodyTooLargeError}). */
  readBody(): Promise<Buffer>;
}

/** A complete answer; handlers build these and the server writes them. */
export interface RouteResponse {
  status: number;
  headers?: Record<string, string | number | string[]>;
  body?: string | Buffer;
}

export type RouteHandler = (request: RouteRequest) => RouteResponse | Promise<RouteResponse>;

/** Thrown by `readBody()` when a request body exceeds the limit. */
export class BodyTooLargeError extends Error {
  constructor() {
    super('Request body too large');
  }
}
