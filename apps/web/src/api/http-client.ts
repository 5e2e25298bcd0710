import type { Language } from '@parley/api-contract';
import { ApiError, processErrorBody } from './api-error.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the transport needs from its surroundings; passed in so tests can drive it with a fake `fetch`. */
export interface HttpClientOptions {
  fetch?: typeof globalThis.fetch;
  /** Prefix for every path; empty for the same origin. */
  baseUrl?: string;
  /** The current UI language, sent as `Accept-Language` so the server translates its error messages. */
  getLanguage: () => Language;
  /** Called when a request finds the session gone (`UNAUTHENTICATED`), e.g. after 14 idle days. */
  onUnauthenticated?: () => void;
}

export interface HttpClient {
  request<Result>(method: HttpMethod, path: string, body?: unknown): Promise<Result>;
  requestText(path: string): Promise<string>;
  /**
   * A streamed answer of JSON lines (`application/x-ndjson`): each line to `onLine` as it arrives, e.g. a
   * long import's progress. Resolves when the stream ends.
   */
  requestLines(
    method: HttpMethod,
    path: string,
    body: unknown,
    onLine: (line: unknown) => void,
  ): Promise<void>;
  /** Remembers the CSRF token of the last `Me`; state-changing requests carry it as `x-csrf-token`. */
  setCsrfToken(token: string | undefined): void;
}

const stateChangingMethods: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function readJson(response: Response): Promise<unknown> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** JSON over `fetch` with the session cookie, `Accept-Language`, CSRF header and typed errors. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const baseUrl = options.baseUrl ?? '';
  let csrfToken: string | undefined;

  async function send(method: HttpMethod, path: string, body: unknown, accept: string): Promise<Response> {
    const headers: Record<string, string> = { accept, 'accept-language': options.getLanguage() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (stateChangingMethods.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await fetchFn(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new ApiError(0, 'NETWORK_ERROR', 'The server could not be reached', [], { cause });
    }
    if (!response.ok) {
      const error = processErrorBody(response.status, await readJson(response));
      if (error.code === 'UNAUTHENTICATED') options.onUnauthenticated?.();
      throw error;
    }
    return response;
  }

  return {
    async request<Result>(method: HttpMethod, path: string, body?: unknown): Promise<Result> {
      const response = await send(method, path, body, 'application/json');
      if (response.status === 204) return undefined as Result;
      const parsed = await readJson(response);
      if (parsed === undefined) {
        throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', 'The server answered without JSON');
      }
      return parsed as Result;
    },
    async requestLines(method, path, body, onLine) {
      const response = await send(method, path, body, 'application/x-ndjson');
      const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
      if (!reader) throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', 'The server answered nothing');
      let pending = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        const lines = (pending + chunk.value).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) onLine(JSON.parse(line));
      }
      if (pending.trim()) onLine(JSON.parse(pending));
    },
    async requestText(path: string): Promise<string> {
      const response = await send('GET', path, undefined, 'text/plain');
      return response.text();
    },
    setCsrfToken(token) {
      csrfToken = token;
    },
  };
}
