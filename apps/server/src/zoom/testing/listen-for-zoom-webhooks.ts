import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { devMailMessages } from '../../db/schema.ts';
import type { TestApp } from '../../test/create-test-app.ts';
import { emulatorApps } from '../shared/zoom-settings.ts';
import type { ZoomTestApp } from './zoom-test-fixtures.ts';

/**
 * Makes the test app listen on 127.0.0.1 (a free port) and points the emulator's organization and personal
 * apps at its `/webhooks/zoom` — through Zoom's URL validation, which Parley must pass. Returns the URL.
 */
export async function listenForZoomWebhooks(parley: ZoomTestApp): Promise<string> {
  const address = await parley.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `${address}/webhooks/zoom`;
  for (const app of [emulatorApps.organizationApp, emulatorApps.personalApp]) {
    await parley.emulator.control.updateApp(app.clientId, { webhookUrl: url });
  }
  return url;
}

/** Headers Zoom would send with `body` signed by `secret` at `timestamp` (epoch seconds). */
export function zoomWebhookHeaders(
  body: string,
  options: { secret?: string; timestamp?: number } = {},
): Record<string, string> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', options.secret ?? emulatorApps.webhookSecret)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');
  return {
    'content-type': 'application/json; charset=utf-8',
    'x-zm-request-timestamp': timestamp,
    'x-zm-signature': `v0=${signature}`,
  };
}

/** Mail caught for `organizationId` and sent to `to`, oldest first. */
export async function mailTo(parley: TestApp, organizationId: string, to: string) {
  const messages = await parley.database.db
    .select()
    .from(devMailMessages)
    .where(eq(devMailMessages.organizationId, organizationId))
    .orderBy(devMailMessages.receivedAt);
  return messages.filter((message) => message.to.includes(to));
}

/** Polls `probe` every 10 ms until it holds; returns the milliseconds that took (fails after `timeoutMs`). */
export async function millisecondsUntil(probe: () => Promise<boolean>, timeoutMs = 5_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await probe()) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
