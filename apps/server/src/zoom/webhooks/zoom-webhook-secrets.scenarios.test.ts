import { createDefaultSeed, startZoomEmulator, type ZoomEmulator } from '@parley/zoom-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eventually } from '../../test/create-test-app.ts';
import { emulatorApps } from '../shared/zoom-settings.ts';
import {
  insertZoomConnection,
  readConnection,
  type ZoomTestApp,
  zoomTestPublicUrl,
} from '../testing/zoom-test-fixtures.ts';

/*
 * In Zoom every app has its own webhook secret token. Parley's two apps (organization and personal) are
 * two Zoom apps, so their webhooks arrive signed with two different secrets: ZOOM_WEBHOOK_SECRET and
 * ZOOM_USER_WEBHOOK_SECRET. Here a standalone emulator gives the personal app a secret of its own.
 */

const personalSecret = 'personal-app-secret-token';
let emulator: ZoomEmulator;

const realAppEnvironment = (url: string) => ({
  PUBLIC_URL: zoomTestPublicUrl,
  ZOOM_OAUTH_URL: url,
  ZOOM_API_URL: url,
  ZOOM_CLIENT_ID: emulatorApps.organizationApp.clientId,
  ZOOM_CLIENT_SECRET: emulatorApps.organizationApp.clientSecret,
  ZOOM_USER_CLIENT_ID: emulatorApps.personalApp.clientId,
  ZOOM_USER_CLIENT_SECRET: emulatorApps.personalApp.clientSecret,
  ZOOM_WEBHOOK_SECRET: emulatorApps.webhookSecret,
});

beforeAll(async () => {
  const seed = createDefaultSeed();
  seed.apps = (seed.apps ?? []).map((app) =>
    app.clientId === emulatorApps.personalApp.clientId ? { ...app, webhookSecret: personalSecret } : app,
  );
  emulator = await startZoomEmulator({ seed, testMode: true });
});

afterAll(async () => {
  await emulator?.close();
});

async function parleyWith(env: Record<string, string>): Promise<ZoomTestApp> {
  const parley = await createTestApp({ env });
  return Object.assign(parley, { emulator });
}

describe('webhook secrets of the two Zoom apps', () => {
  it('with ZOOM_USER_WEBHOOK_SECRET, the personal app’s endpoint validates and its uninstall takes effect', async () => {
    const parley = await parleyWith({
      ...realAppEnvironment(emulator.url),
      ZOOM_USER_WEBHOOK_SECRET: personalSecret,
    });
    try {
      const address = await parley.app.listen({ port: 0, host: '127.0.0.1' });
      // Zoom sends its URL challenge signed with the app's own secret and checks the answer with it.
      for (const app of [emulatorApps.organizationApp, emulatorApps.personalApp]) {
        await emulator.control.updateApp(app.clientId, { webhookUrl: `${address}/webhooks/zoom` });
      }
      const { organizationId, userIds } = await parley.createOrganization('Two Secrets', [
        { role: 'interviewer' },
      ]);
      const personal = await insertZoomConnection(parley, {
        organizationId,
        kind: 'personal',
        userId: userIds['interviewer@two-secrets.test'],
        zoomEmail: 'member44@acme.test',
      });
      emulator.control.uninstallApp('acme', emulatorApps.personalApp.clientId, {
        user: 'member44@acme.test',
      });
      const row = await eventually(async () => {
        const current = await readConnection(parley, personal.connectionId);
        return current?.status === 'removed_in_zoom' ? current : undefined;
      });
      expect(row.statusReason).toBe('app_uninstalled');
      expect(row.sealedAccessToken).toBeNull();
    } finally {
      await parley.close();
    }
  });

  it('without it, Zoom’s validation of the personal app’s endpoint fails (so the operator notices at setup)', async () => {
    const parley = await parleyWith(realAppEnvironment(emulator.url));
    try {
      const address = await parley.app.listen({ port: 0, host: '127.0.0.1' });
      await emulator.control.updateApp(emulatorApps.organizationApp.clientId, {
        webhookUrl: `${address}/webhooks/zoom`,
      });
      await expect(
        emulator.control.updateApp(emulatorApps.personalApp.clientId, {
          webhookUrl: `${address}/webhooks/zoom`,
        }),
      ).rejects.toThrow(/Webhook URL validation failed/);
    } finally {
      await parley.close();
    }
  });
});
