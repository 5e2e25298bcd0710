import path from 'node:path';
import type { ZoomAppCredentials, ZoomEndpoints } from '@parley/zoom-client';
import { zoomProductionEndpoints } from '@parley/zoom-client';
import type { ZoomEmulator } from '@parley/zoom-emulator';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';

/**
 * Where Parley's Zoom lives: the emulator inside this process (nothing configured), a standalone emulator
 * (ZOOM_OAUTH_URL/ZOOM_API_URL), or zoom.us (app credentials only).
 */
export type ZoomMode = 'embedded_emulator' | 'standalone_emulator' | 'zoom';

/** Everything Parley needs to talk to Zoom: endpoints, its two apps and the webhook secret. */
export interface ZoomSettings {
  mode: ZoomMode;
  endpoints: ZoomEndpoints;
  /** The admin-managed app: organization connections and admin links. */
  organizationApp: ZoomAppCredentials;
  /** The user-managed app: personal connections. */
  personalApp: ZoomAppCredentials;
  webhookSecret: string;
  /** The personal app's webhook secret, when it differs from `webhookSecret` (each Zoom app has its own). */
  personalWebhookSecret?: string;
  /** `${PUBLIC_URL}/oauth/zoom/callback`, registered with both apps. */
  redirectUri: string;
  /** For tests and proxies; the global `fetch` otherwise. */
  fetch?: typeof fetch;
  /** The in-process emulator (embedded mode only), e.g. for its control API in tests. */
  embeddedEmulator?: ZoomEmulator;
}

/**
 * The emulator's seeded apps (packages/zoom-emulator/README.md, "Default seed"). Kept as constants here so
 * that production start-up does not load the emulator; a test checks they match its seed.
 */
export const emulatorApps = {
  organizationApp: { clientId: 'parley-org', clientSecret: 'parley-org-secret' },
  personalApp: { clientId: 'parley-user', clientSecret: 'parley-user-secret' },
  serverToServerApp: { clientId: 'parley-s2s', clientSecret: 'parley-s2s-secret' },
  webhookSecret: 'parley-webhook-secret',
} as const;

/** The path Zoom redirects back to after authorization, for all flows. */
export const zoomCallbackPath = '/oauth/zoom/callback';

/** Every secret a genuine Zoom webhook to Parley may be signed with (one per app, without repeats). */
export function zoomWebhookSecrets(settings: ZoomSettings): string[] {
  return [...new Set([settings.webhookSecret, settings.personalWebhookSecret ?? settings.webhookSecret])];
}

/** Settings for a Zoom the configuration names (standalone emulator or zoom.us); undefined for embedded mode. */
export function resolveZoomSettings(config: Pick<Config, 'zoom' | 'publicUrl'>): ZoomSettings | undefined {
  const { zoom } = config;
  const redirectUri = `${config.publicUrl}${zoomCallbackPath}`;
  if (zoom.organizationApp && zoom.personalApp && zoom.webhookSecret) {
    return {
      mode: zoom.endpoints ? 'standalone_emulator' : 'zoom',
      endpoints: zoom.endpoints ?? zoomProductionEndpoints,
      organizationApp: zoom.organizationApp,
      personalApp: zoom.personalApp,
      webhookSecret: zoom.webhookSecret,
      ...(zoom.personalWebhookSecret ? { personalWebhookSecret: zoom.personalWebhookSecret } : {}),
      redirectUri,
    };
  }
  if (zoom.endpoints) {
    return {
      mode: 'standalone_emulator',
      endpoints: zoom.endpoints,
      organizationApp: emulatorApps.organizationApp,
      personalApp: emulatorApps.personalApp,
      webhookSecret: emulatorApps.webhookSecret,
      redirectUri,
    };
  }
  return undefined;
}

/** A started Zoom: its settings, and for the embedded emulator how to reach Parley's webhooks and stop it. */
export interface StartedZoom {
  settings: ZoomSettings;
  /** Points the embedded emulator's seeded apps at Parley's `/webhooks/zoom` once Parley listens. */
  pointWebhooksAt(url: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Resolves the Zoom to use and, when none is configured, starts the emulator in this process on
 * ZOOM_EMULATOR_PORT (a busy port falls back to a free one, with a warning). Logs the mode, never a secret.
 * With `keepEmulatorWorld`, the embedded emulator keeps its world in DATA_DIR across restarts — only for
 * a server on its own lasting database: a test's throwaway database must not meet another test's Zoom.
 */
export async function startZoom(
  config: Config,
  logger: Logger,
  { keepEmulatorWorld = false }: { keepEmulatorWorld?: boolean } = {},
): Promise<StartedZoom> {
  const configured = resolveZoomSettings(config);
  if (configured) {
    logger.info(
      {
        zoomMode: configured.mode,
        oauthUrl: configured.endpoints.oauthUrl,
        apiUrl: configured.endpoints.apiUrl,
      },
      configured.mode === 'zoom' ? 'Zoom: using zoom.us' : 'Zoom: using the standalone emulator',
    );
    return { settings: configured, pointWebhooksAt: async () => {}, close: async () => {} };
  }
  const { startZoomEmulator } = await import('@parley/zoom-emulator');
  // The world lives beside Parley's data, so a restart keeps the connection made in the emulator.
  const stateFile = keepEmulatorWorld ? path.join(config.dataDir, 'zoom-emulator.json') : undefined;
  const start = (port: number) =>
    startZoomEmulator({ port, host: '127.0.0.1', ...(stateFile ? { stateFile } : {}) });
  let emulator: ZoomEmulator;
  try {
    emulator = await start(config.zoom.emulatorPort);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    emulator = await start(0);
    logger.warn(
      { requestedPort: config.zoom.emulatorPort, port: emulator.port },
      'Zoom: ZOOM_EMULATOR_PORT is busy; the embedded emulator uses another port',
    );
  }
  logger.info(
    { zoomMode: 'embedded_emulator', url: emulator.url, controlPage: `${emulator.url}/_emulator/` },
    'Zoom: using the embedded emulator',
  );
  return {
    settings: {
      mode: 'embedded_emulator',
      endpoints: { oauthUrl: emulator.url, apiUrl: emulator.url },
      organizationApp: emulatorApps.organizationApp,
      personalApp: emulatorApps.personalApp,
      webhookSecret: emulatorApps.webhookSecret,
      redirectUri: `${config.publicUrl}${zoomCallbackPath}`,
      embeddedEmulator: emulator,
    },
    async pointWebhooksAt(url) {
      for (const app of Object.values(emulatorApps)) {
        if (typeof app === 'string') continue;
        // Parley answers the URL challenge itself once its webhook route exists; seeded URLs skip it.
        await emulator.control.updateApp(app.clientId, { webhookUrl: url, validate: false });
      }
    },
    close: () => emulator.close(),
  };
}
