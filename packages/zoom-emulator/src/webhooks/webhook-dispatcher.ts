import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Counters } from '../counters/counters.ts';
import type { EmulatorClock } from '../state/clock.ts';
import { createOpaqueToken } from '../state/ids.ts';
import type { App } from '../state/types.ts';
import { encryptPlainToken, signWebhook } from './sign-webhook.ts';

/** Zoom retries 5xx and timeouts 3 times: +5 min, then +20 min, then +60 min. */
export const ZOOM_RETRY_DELAYS_MS = [5 * 60_000, 20 * 60_000, 60 * 60_000];
/** The same schedule, shortened for tests. */
export const TEST_RETRY_DELAYS_MS = [100, 400, 1_200];
const MAX_LOGGED_DELIVERIES = 1_000;

/** One attempt to deliver an event. */
export interface DeliveryAttempt {
  at: string;
  status?: number;
  error?: string;
  durationMs: number;
}

/** One event sent (or being sent) to one app's endpoint. */
export interface WebhookDelivery {
  id: string;
  clientId: string;
  event: string;
  url: string;
  body: string;
  createdAt: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: DeliveryAttempt[];
}

/** Result of an `endpoint.url_validation` challenge. */
export interface EndpointValidation {
  ok: boolean;
  status?: number;
  reason?: string;
}

export interface WebhookDispatcherOptions {
  clock: EmulatorClock;
  counters: Counters;
  retryDelaysMs: number[];
  timeoutMs: number;
  onError?: (message: string) => void;
}

/** Signs and posts events with Zoom's headers, retrying on 5xx, network errors and timeouts. */
export class WebhookDispatcher {
  readonly #options: WebhookDispatcherOptions;
  #deliveries: WebhookDelivery[] = [];
  #inFlight = new Set<Promise<void>>();
  /** Scheduled retries and how to release whoever waits for them. */
  #timers = new Map<NodeJS.Timeout, () => void>();
  #aborter = new AbortController();

  constructor(options: WebhookDispatcherOptions) {
    this.#options = options;
  }

  /** Sends `event` to `app` when it has an endpoint and subscribes to the event. */
  send(app: App, event: string, payload: Record<string, unknown>): WebhookDelivery | null {
    if (!app.webhookUrl || app.disabled) return null;
    if (app.events && !app.events.includes(event)) return null;
    const body = JSON.stringify({ event, payload, event_ts: this.#options.clock.now() });
    const delivery: WebhookDelivery = {
      id: randomUUID(),
      clientId: app.clientId,
      event,
      url: app.webhookUrl,
      body,
      createdAt: new Date(this.#options.clock.now()).toISOString(),
      state: 'pending',
      attempts: [],
    };
    this.#deliveries.push(delivery);
    if (this.#deliveries.length > MAX_LOGGED_DELIVERIES) this.#deliveries.shift();
    this.#track(this.#attempt(app.webhookSecret, delivery));
    return delivery;
  }

  /** Sends Zoom's `endpoint.url_validation` challenge to `url` and checks the answer. */
  async validateEndpoint(app: App, url: string): Promise<EndpointValidation> {
    const plainToken = createOpaqueToken(16);
    const body = JSON.stringify({
      payload: { plainToken },
      event_ts: this.#options.clock.now(),
      event: 'endpoint.url_validation',
    });
    try {
      const { status, text } = await this.#send(url, app.webhookSecret, body);
      if (status !== 200 && status !== 204) return { ok: false, status, reason: 'HTTP status' };
      const answer = safeParse(text) as { plainToken?: unknown; encryptedToken?: unknown } | undefined;
      const expected = encryptPlainToken(app.webhookSecret, plainToken);
      const ok = answer?.plainToken === plainToken && sameText(answer.encryptedToken, expected);
      return ok ? { ok, status } : { ok, status, reason: 'wrong encryptedToken' };
    } catch (error) {
      return { ok: false, reason: describeError(error) };
    }
  }

  /** The most recent deliveries (oldest first), with every attempt. */
  deliveries(): WebhookDelivery[] {
    return this.#deliveries.map((delivery) => ({ ...delivery, attempts: [...delivery.attempts] }));
  }

  /** Resolves once nothing is in flight or scheduled for retry. */
  async settle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  /** Forgets the log and cancels retries. */
  reset(): void {
    for (const [timer, release] of this.#timers) {
      clearTimeout(timer);
      release();
    }
    this.#timers.clear();
    this.#deliveries = [];
  }

  /** Cancels retries and aborts requests in flight. */
  close(): void {
    this.reset();
    this.#aborter.abort();
  }

  #track(work: Promise<void>): void {
    this.#inFlight.add(work);
    void work.finally(() => this.#inFlight.delete(work));
  }

  async #attempt(secret: string, delivery: WebhookDelivery): Promise<void> {
    const started = Date.now();
    const attempt: DeliveryAttempt = { at: new Date(this.#options.clock.now()).toISOString(), durationMs: 0 };
    let retryable = false;
    try {
      const { status } = await this.#send(delivery.url, secret, delivery.body);
      attempt.status = status;
      retryable = status >= 500;
    } catch (error) {
      attempt.error = describeError(error);
      retryable = !this.#aborter.signal.aborted;
    }
    attempt.durationMs = Date.now() - started;
    delivery.attempts.push(attempt);
    this.#conclude(secret, delivery, attempt, retryable);
  }

  #conclude(secret: string, delivery: WebhookDelivery, attempt: DeliveryAttempt, retryable: boolean): void {
    const { counters, retryDelaysMs, onError } = this.#options;
    if (attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300) {
      delivery.state = 'delivered';
      counters.recordWebhook(delivery.event, 'delivered');
      return;
    }
    const retriesDone = delivery.attempts.length - 1;
    const delay = retryDelaysMs[retriesDone];
    if (!retryable || delay === undefined) {
      delivery.state = 'failed';
      counters.recordWebhook(delivery.event, 'failed');
      onError?.(`webhook ${delivery.event} to ${delivery.url} failed: ${attempt.error ?? attempt.status}`);
      return;
    }
    counters.recordWebhook(delivery.event, 'retried');
    let release: () => void = () => undefined;
    const waiting = new Promise<void>((resolve) => {
      release = resolve;
    });
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#track(this.#attempt(secret, delivery));
      release();
    }, delay);
    timer.unref();
    this.#timers.set(timer, release);
    this.#track(waiting);
  }

  /**
   * Posts one attempt, aborted when the endpoint takes longer than the timeout (body included) or the dispatcher
   * closes. The timer is our own: a timeout signal inside `AbortSignal.any` can be garbage collected before it
   * fires on Node 20 (nodejs/node#57736), and the attempt then waits for the endpoint however long it takes.
   */
  async #send(url: string, secret: string, body: string): Promise<{ status: number; text: string }> {
    const attempt = new AbortController();
    const timer = setTimeout(
      () => attempt.abort(new DOMException('The endpoint did not answer in time', 'TimeoutError')),
      this.#options.timeoutMs,
    );
    const onClose = (): void => attempt.abort(this.#aborter.signal.reason);
    this.#aborter.signal.addEventListener('abort', onClose, { once: true });
    try {
      const response = await this.#post(url, secret, body, attempt.signal);
      const text = await response.text().catch(() => '');
      return { status: response.status, text };
    } finally {
      clearTimeout(timer);
      this.#aborter.signal.removeEventListener('abort', onClose);
    }
  }

  async #post(url: string, secret: string, body: string, signal: AbortSignal): Promise<Response> {
    const timestamp = Math.floor(this.#options.clock.now() / 1000);
    return fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Zoom Marketplace/1.0a',
        'x-zm-request-timestamp': String(timestamp),
        'x-zm-signature': signWebhook(secret, timestamp, body),
        'x-zm-request-id': randomUUID(),
        'x-zm-trackingid': `v=2.0;clid=emulator;rid=${createOpaqueToken(9)}`,
      },
      body,
      redirect: 'manual',
      signal,
    });
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sameText(actual: unknown, expected: string): boolean {
  if (typeof actual !== 'string' || actual.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(actual), Buffer.from(expected));
}

function describeError(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  if (error instanceof Error)
    return (error.cause instanceof Error ? error.cause.message : error.message) || error.name;
  return String(error);
}
