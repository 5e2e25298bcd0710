import type { z } from 'zod';
import { ZoomApiError, type ZoomRateLimitType } from '../zoom-api-error.ts';
import { joinZoomUrl, type ZoomCallOptions } from '../zoom-endpoints.ts';

/** Options for one authenticated REST call. */
export interface ZoomRestOptions extends ZoomCallOptions {
  accessToken: string;
  /** Retries for 5xx, network errors and per-second 429 (default 3). 4xx are never retried. */
  maxRetries?: number;
  /**
   * The request must not reach Zoom twice (a create: Zoom has no idempotency key). Only a per-second 429 is
   * retried then — Zoom refused it before doing anything — never a 5xx or a lost answer, which may have
   * done the work.
   */
  notRepeatable?: boolean;
  /** Backoff base in milliseconds (default 250; doubles per attempt, with jitter). */
  retryBaseMs?: number;
  /** Longest wait the client accepts before a retry (default 10 s); a longer `Retry-After` fails fast. */
  maxRetryWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /**
   * Awaited before every try, retries included: where a caller waits for its place under Zoom's per-second
   * limit, so that a retry after a 429 is paced like a first try.
   */
  beforeSend?: () => Promise<void>;
  /**
   * Told of every answer Zoom gives (each try), with Zoom's tracking id and, for a 429, which limit it was
   * (`x-ratelimit-type`, `x-ratelimit-limit`, `Retry-After`): for logs, metrics and pacing.
   */
  onAnswer?: (answer: ZoomAnswerInfo) => void;
}

/** What a caller learns from one answer of Zoom. */
export interface ZoomAnswerInfo {
  status: number;
  trackingId: string | undefined;
  /** Only on a 429. */
  rateLimit?: {
    type: ZoomRateLimitType | undefined;
    limit: number | undefined;
    retryAfter: Date | undefined;
  };
}

/** One REST request: `path` is below `/v2`. */
export interface ZoomRestRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function parseRetryAfter(value: string | null, now: Date): Date | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return new Date(now.getTime() + Number(value) * 1000);
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

function parseRateLimitType(value: string | null): ZoomRateLimitType | undefined {
  return value === 'QPS' || value === 'Daily-limit' ? value : undefined;
}

async function readErrorBody(response: Response): Promise<Record<string, unknown> | undefined> {
  const text = await response.text();
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
  } catch {
    return readXmlError(text);
  }
}

/**
 * Zoom's code and message from the XML error some of its gateways send
 * (`<error><code>124</code><message>…</message></error>`); an HTML page or other text gives nothing.
 */
function readXmlError(text: string): Record<string, unknown> | undefined {
  const code = /<code>\s*(\d+)\s*<\/code>/.exec(text)?.[1];
  if (!/^\s*<\?xml|^\s*<error>/.test(text) || code === undefined) return undefined;
  const message = /<message>([^<]*)<\/message>/.exec(text)?.[1];
  return { code: Number(code), ...(message === undefined ? {} : { message: unescapeXml(message) }) };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** What {@link ZoomRestOptions.onAnswer} is told of `response`. */
function answerInfo(response: Response, now: Date): ZoomAnswerInfo {
  const info: ZoomAnswerInfo = {
    status: response.status,
    trackingId: response.headers.get('x-zm-trackingid') ?? undefined,
  };
  if (response.status === 429) {
    const limit = Number(response.headers.get('x-ratelimit-limit'));
    info.rateLimit = {
      type: parseRateLimitType(response.headers.get('x-ratelimit-type')),
      limit: Number.isInteger(limit) && limit > 0 ? limit : undefined,
      retryAfter: parseRetryAfter(response.headers.get('retry-after'), now),
    };
  }
  return info;
}

/** Builds the `ZoomApiError` for a non-2xx answer, keeping Zoom's code, message and rate-limit headers. */
async function toZoomApiError(response: Response, now: Date): Promise<ZoomApiError> {
  const body = await readErrorBody(response);
  const code = typeof body?.code === 'number' ? body.code : undefined;
  const message =
    typeof body?.message === 'string'
      ? body.message
      : `Zoom answered ${response.status} ${response.statusText || ''}`.trim();
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  return new ZoomApiError({
    status: response.status,
    code,
    message,
    retryAfter: parseRetryAfter(response.headers.get('retry-after'), now),
    rateLimitType: parseRateLimitType(response.headers.get('x-ratelimit-type')),
    trackingId: response.headers.get('x-zm-trackingid') ?? undefined,
    fieldErrors: errors
      .filter((e): e is { field: string; message: string } => typeof e?.field === 'string')
      .map((e) => ({ field: e.field, message: String(e.message) })),
    cause: body,
  });
}

function isRetryable(error: ZoomApiError, options: ZoomRestOptions): boolean {
  const perSecondLimit = error.status === 429 && error.rateLimitType !== 'Daily-limit';
  if (options.notRepeatable) return perSecondLimit;
  return perSecondLimit || error.status === 0 || error.status >= 500;
}

function retryDelayMs(error: ZoomApiError, attempt: number, options: ZoomRestOptions, now: Date): number {
  const base = (options.retryBaseMs ?? 250) * 2 ** attempt;
  const jittered = base / 2 + Math.random() * (base / 2);
  const untilAllowed = error.retryAfter ? error.retryAfter.getTime() - now.getTime() : 0;
  return Math.max(jittered, untilAllowed);
}

async function sendOnce(options: ZoomRestOptions, request: ZoomRestRequest): Promise<Response> {
  const url = joinZoomUrl(options.endpoints.apiUrl, `/v2${request.path}`);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  const headers: Record<string, string> = {
    accept: 'application/json',
    authorization: `Bearer ${options.accessToken}`,
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const doFetch = options.fetch ?? fetch;
  try {
    return await doFetch(url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ZoomApiError({ status: 0, message: `Zoom could not be reached: ${reason}`, cause: error });
  }
}

/**
 * Sends one REST request with retries for 5xx, network errors and per-second 429 (honouring `Retry-After`),
 * never for other 4xx. Returns the parsed JSON, or `undefined` for 204 and empty bodies (Zoom answers PATCH
 * and DELETE with 204). A 2xx that is not JSON, or JSON that does not match `schema`, is a `ZoomApiError`.
 */
export async function requestZoomApi<T>(
  options: ZoomRestOptions,
  request: ZoomRestRequest,
  schema?: z.ZodType<T>,
): Promise<T> {
  const now = options.now ?? (() => new Date());
  const maxRetries = options.maxRetries ?? 3;
  for (let attempt = 0; ; attempt++) {
    let error: ZoomApiError;
    try {
      await options.beforeSend?.();
      const response = await sendOnce(options, request);
      options.onAnswer?.(answerInfo(response, now()));
      if (response.ok) return await parseSuccess(response, schema);
      error = await toZoomApiError(response, now());
    } catch (caught) {
      if (!(caught instanceof ZoomApiError)) throw caught;
      error = caught;
    }
    const delay = retryDelayMs(error, attempt, options, now());
    if (!isRetryable(error, options) || attempt >= maxRetries || delay > (options.maxRetryWaitMs ?? 10_000))
      throw error;
    await (options.sleep ?? defaultSleep)(delay);
  }
}

async function parseSuccess<T>(response: Response, schema?: z.ZodType<T>): Promise<T> {
  const text = await response.text();
  if (text.trim() === '') return undefined as T;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw new ZoomApiError({
      status: response.status,
      message: 'Zoom answered with a body that is not JSON.',
      cause,
    });
  }
  if (!schema) return body as T;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ZoomApiError({
      status: response.status,
      message: `Zoom's answer did not have the expected shape: ${parsed.error.issues[0]?.message ?? ''}`,
      cause: parsed.error,
    });
  }
  return parsed.data;
}
