import type { Counters } from './counters/counters.ts';
import type { FaultInjector } from './faults/fault-injector.ts';
import type { RateLimiter } from './rate-limit/rate-limiter.ts';
import type { EmulatorClock } from './state/clock.ts';
import type { EmulatorState } from './state/emulator-state.ts';
import type { EventAnnouncer } from './webhooks/announce-event.ts';
import type { WebhookDispatcher } from './webhooks/webhook-dispatcher.ts';

/** Where the emulator reports what it does; pino loggers fit. Messages never contain secrets. */
export interface EmulatorLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Token lifetimes and other knobs fixed at start. */
export interface EmulatorSettings {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  authorizationCodeTtlSeconds: number;
  testMode: boolean;
}

/** Everything a route or control operation needs; one per running emulator. */
export interface EmulatorContext {
  state: EmulatorState;
  clock: EmulatorClock;
  counters: Counters;
  faults: FaultInjector;
  rateLimiter: RateLimiter;
  dispatcher: WebhookDispatcher;
  announcer: EventAnnouncer;
  settings: EmulatorSettings;
  logger: EmulatorLogger;
  /** `http://127.0.0.1:PORT` once listening: the OAuth host, the API host and `api_url`. */
  baseUrl: string;
  /** Signs start-URL `zak` values so that they need no storage. */
  zakSecret: Buffer;
}
