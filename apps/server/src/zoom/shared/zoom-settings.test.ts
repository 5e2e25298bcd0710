import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDefaultSeed, SEEDED_WEBHOOK_SECRET } from '@parley/zoom-emulator';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, renderConfigurationTable } from '../../config.ts';
import { emulatorApps, resolveZoomSettings, startZoom, zoomWebhookSecrets } from './zoom-settings.ts';

const realApps = {
  ZOOM_CLIENT_ID: 'org-id',
  ZOOM_CLIENT_SECRET: 'org-secret',
  ZOOM_USER_CLIENT_ID: 'user-id',
  ZOOM_USER_CLIENT_SECRET: 'user-secret',
  ZOOM_WEBHOOK_SECRET: 'webhook-secret',
};

describe('Zoom configuration', () => {
  it('uses zoom.us with real credentials and no URLs', () => {
    const settings = resolveZoomSettings(
      loadConfig({ ...realApps, PUBLIC_URL: 'https://parley.example.com' }),
    );
    expect(settings).toMatchObject({
      mode: 'zoom',
      endpoints: { oauthUrl: 'https://zoom.us', apiUrl: 'https://api.zoom.us' },
      organizationApp: { clientId: 'org-id', clientSecret: 'org-secret' },
      personalApp: { clientId: 'user-id', clientSecret: 'user-secret' },
      webhookSecret: 'webhook-secret',
      redirectUri: 'https://parley.example.com/oauth/zoom/callback',
    });
    expect(settings && zoomWebhookSecrets(settings)).toEqual(['webhook-secret']);
    const twoSecrets = resolveZoomSettings(
      loadConfig({ ...realApps, ZOOM_USER_WEBHOOK_SECRET: 'user-hook' }),
    );
    expect(twoSecrets && zoomWebhookSecrets(twoSecrets)).toEqual(['webhook-secret', 'user-hook']);
  });

  it('uses a standalone emulator with its seeded apps when only the URLs are given', () => {
    const settings = resolveZoomSettings(
      loadConfig({ ZOOM_OAUTH_URL: 'http://127.0.0.1:9999', ZOOM_API_URL: 'http://127.0.0.1:9999' }),
    );
    expect(settings).toMatchObject({
      mode: 'standalone_emulator',
      endpoints: { oauthUrl: 'http://127.0.0.1:9999', apiUrl: 'http://127.0.0.1:9999' },
      organizationApp: emulatorApps.organizationApp,
      personalApp: emulatorApps.personalApp,
    });
  });

  it('leaves the embedded emulator to start-up when nothing is configured', () => {
    expect(resolveZoomSettings(loadConfig({}))).toBeUndefined();
    expect(loadConfig({}).zoom.emulatorPort).toBe(9090);
  });

  it('refuses half a configuration, naming what is missing, without echoing secrets', () => {
    expect(() => loadConfig({ ZOOM_CLIENT_ID: 'org-id', ZOOM_CLIENT_SECRET: 'hunter2' })).toThrow(
      /ZOOM_USER_CLIENT_ID, ZOOM_USER_CLIENT_SECRET, ZOOM_WEBHOOK_SECRET: expected together with ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET/,
    );
    expect(() => loadConfig({ ZOOM_USER_WEBHOOK_SECRET: 'user-webhook-secret' })).toThrow(
      /ZOOM_USER_WEBHOOK_SECRET: expected only together with your own Zoom apps/,
    );
    expect(() => loadConfig({ ZOOM_OAUTH_URL: 'http://127.0.0.1:9999' })).toThrow(
      /ZOOM_API_URL: expected together with ZOOM_OAUTH_URL/,
    );
    expect(() => loadConfig({ ZOOM_CLIENT_SECRET: 'hunter2', ZOOM_EMULATOR_PORT: 'x' })).not.toThrow(
      /hunter2/,
    );
    expect(() => loadConfig({ ENCRYPTION_KEY_PREVIOUS: 'short' })).toThrow(
      'ENCRYPTION_KEY_PREVIOUS: expected base64 of exactly 32 bytes, got a value of 5 characters (not shown)',
    );
  });

  it('documents every Zoom variable in the README table', () => {
    const table = renderConfigurationTable();
    for (const name of [
      ...Object.keys(realApps),
      'ZOOM_USER_WEBHOOK_SECRET',
      'ZOOM_OAUTH_URL',
      'ZOOM_API_URL',
      'ZOOM_EMULATOR_PORT',
      'ENCRYPTION_KEY_PREVIOUS',
    ]) {
      expect(table).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    }
  });

  it('knows the emulator’s seeded apps as the emulator seeds them', () => {
    const apps = createDefaultSeed().apps ?? [];
    const byId = new Map(apps.map((app) => [app.clientId, app]));
    for (const app of [
      emulatorApps.organizationApp,
      emulatorApps.personalApp,
      emulatorApps.serverToServerApp,
    ]) {
      expect(byId.get(app.clientId)?.clientSecret).toBe(app.clientSecret);
    }
    expect(byId.get('parley-org')?.type).toBe('admin');
    expect(byId.get('parley-user')?.type).toBe('user');
    expect(emulatorApps.webhookSecret).toBe(SEEDED_WEBHOOK_SECRET);
  });

  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-zoom-settings-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts the embedded emulator on a free port when ZOOM_EMULATOR_PORT is busy', async () => {
    const first = await startZoom(
      loadConfig({ ZOOM_EMULATOR_PORT: '0', DATA_DIR: dataDir }),
      pino({ level: 'silent' }),
    );
    try {
      const port = first.settings.embeddedEmulator!.port;
      const second = await startZoom(
        loadConfig({ ZOOM_EMULATOR_PORT: String(port), DATA_DIR: dataDir }),
        pino({ level: 'silent' }),
      );
      expect(second.settings.embeddedEmulator!.port).not.toBe(port);
      expect(second.settings.mode).toBe('embedded_emulator');
      await second.close();
    } finally {
      await first.close();
    }
  });

  it("keeps the embedded emulator's world across a restart, so a connection made there still works", async () => {
    const config = loadConfig({ ZOOM_EMULATOR_PORT: '0', DATA_DIR: path.join(dataDir, 'restart') });
    const first = await startZoom(config, pino({ level: 'silent' }), { keepEmulatorWorld: true });
    const acme = first.settings.embeddedEmulator!.control.snapshot().accounts.find((a) => a.key === 'acme')!;
    const { clientId, clientSecret } = emulatorApps.serverToServerApp;
    const tokenAnswer = await fetch(
      `${first.settings.endpoints.oauthUrl}/oauth/token?grant_type=account_credentials&account_id=${acme.id}`,
      { method: 'POST', headers: { authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}` } },
    );
    const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
    await first.close();
    const stateFile = path.join(dataDir, 'restart', 'zoom-emulator.json');
    expect(statSync(stateFile).mode & 0o777).toBe(0o600);

    const second = await startZoom(config, pino({ level: 'silent' }), { keepEmulatorWorld: true });
    try {
      const me = await fetch(`${second.settings.endpoints.apiUrl}/v2/users/me`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('leaves no world behind when asked not to keep it (a test app on a throwaway database)', async () => {
    const config = loadConfig({ ZOOM_EMULATOR_PORT: '0', DATA_DIR: path.join(dataDir, 'throwaway') });
    const zoom = await startZoom(config, pino({ level: 'silent' }));
    await fetch(`${zoom.settings.endpoints.apiUrl}/v2/users/me`);
    await zoom.close();
    expect(existsSync(path.join(dataDir, 'throwaway', 'zoom-emulator.json'))).toBe(false);
  });
});
