import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildRouter } from './build-router.ts';
import { ZoomEmulatorControl } from './control/control-api.ts';
import { Counters } from './counters/counters.ts';
import type { EmulatorContext, EmulatorLogger } from './emulator-context.ts';
import { FaultInjector } from './faults/fault-injector.ts';
import { createRequestListener } from './http/create-request-listener.ts';
import { RateLimiter } from './rate-limit/rate-limiter.ts';
import { EmulatorClock } from './state/clock.ts';
import { createDefaultSeed } from './state/default-seed.ts';
import { EmulatorState } from './state/emulator-state.ts';
import { StateFile } from './state/persist-state.ts';
import { parseSeed, type SeedInput } from './state/seed-schema.ts';
import { EventAnnouncer } from './webhooks/announce-event.ts';
import {
  TEST_RETRY_DELAYS_MS,
  WebhookDispatcher,
  ZOOM_RETRY_DELAYS_MS,
} from './webhooks/webhook-dispatcher.ts';

/** Options of {@link startZoomEmulator}. */
export interface ZoomEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Base URL announced in links and `api_url` when it differs from `http://host:port` (proxies, containers). */
  publicUrl?: string;
  /** The world to start with (default: the documented default seed). */
  seed?: SeedInput | 'default';
  /** Time source; control operations can still move the emulator's clock relative to it. */
  clock?: () => Date;
  /** Webhook endpoint of every seeded app that does not set its own. */
  webhookUrl?: string;
  /** Shortens webhook retry delays (100 ms, 400 ms, 1.2 s instead of 5, 20 and 60 minutes). */
  testMode?: boolean;
  /** Enforce Zoom's rate limits (default true). */
  rateLimits?: boolean;
  /** How long a webhook endpoint may take before the attempt counts as a timeout (default 3000 ms, as Zoom). */
  webhookTimeoutMs?: number;
  accessTokenTtlSeconds?: number;
  /** Refresh-token lifetime (default 90 days; Zoom's own sources say 90 days or 15 years). */
  refreshTokenTtlSeconds?: number;
  logger?: EmulatorLogger;
  /**
   * A file to keep the world in across restarts (created with mode 0600): loaded at start instead of the
   * seed when it exists, written after requests. Without it, every start begins from the seed.
   */
  stateFile?: string;
}

/** A running emulator. */
export interface ZoomEmulator {
  /** `http://127.0.0.1:PORT`: set both Zoom's OAuth URL and API URL to it. */
  url: string;
  port: number;
  /** The control API as functions (same operations as `/_emulator/…`). */
  control: ZoomEmulatorControl;
  /** The live in-memory state (read it; change it through `control`). */
  state: EmulatorState;
  close(): Promise<void>;
}

const SILENT_LOGGER: EmulatorLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** Starts an emulator on its own HTTP server: OAuth pages and endpoints, REST `/v2`, webhooks, control API. */
export async function startZoomEmulator(options: ZoomEmulatorOptions = {}): Promise<ZoomEmulator> {
  const seed = parseSeed(!options.seed || options.seed === 'default' ? createDefaultSeed() : options.seed);
  const clock = new EmulatorClock(options.clock);
  const state = new EmulatorState();
  const counters = new Counters(clock.now());
  const logger = options.logger ?? SILENT_LOGGER;
  const dispatcher = new WebhookDispatcher({
    clock,
    counters,
    retryDelaysMs: options.testMode ? TEST_RETRY_DELAYS_MS : ZOOM_RETRY_DELAYS_MS,
    timeoutMs: options.webhookTimeoutMs ?? 3_000,
    onError: (message) => logger.warn(message),
  });
  const context: EmulatorContext = {
    state,
    clock,
    counters,
    faults: new FaultInjector(),
    rateLimiter: new RateLimiter(clock, options.rateLimits ?? true),
    dispatcher,
    announcer: new EventAnnouncer(state, dispatcher),
    settings: {
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3_600,
      refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 90 * 86_400,
      authorizationCodeTtlSeconds: 300,
      testMode: options.testMode ?? false,
    },
    logger,
    baseUrl: '',
    zakSecret: randomBytes(32),
  };
  const control = new ZoomEmulatorControl(context, seed, options.webhookUrl ?? null);
  const stateFile = options.stateFile
    ? new StateFile(options.stateFile, state, (message) => logger.warn(message))
    : undefined;
  if (stateFile?.load()) logger.info(`Zoom emulator state loaded from ${options.stateFile}`);
  const listener = createRequestListener(context, buildRouter(context, control));
  const server = createServer((incoming, outgoing) => {
    if (stateFile) outgoing.on('finish', () => stateFile.saveSoon());
    listener(incoming, outgoing);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, options.port ?? 0, host);
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  context.baseUrl = (options.publicUrl ?? `http://${urlHost}:${port}`).replace(/\/$/, '');
  logger.info(`Zoom emulator listening on ${context.baseUrl}`);
  return {
    url: context.baseUrl,
    port,
    control,
    state,
    close: () => {
      stateFile?.save();
      return close(server, dispatcher);
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server, dispatcher: WebhookDispatcher): Promise<void> {
  dispatcher.close();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
