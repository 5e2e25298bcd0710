import { createHmac } from 'node:crypto';

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}` with the app's webhook secret token. */
export function signWebhook(secretToken: string, timestampSeconds: number, body: string): string {
  const digest = createHmac('sha256', secretToken).update(`v0:${timestampSeconds}:${body}`).digest('hex');
  return `v0=${digest}`;
}

/** The `encryptedToken` Zoom expects back from an `endpoint.url_validation` challenge. */
export function encryptPlainToken(secretToken: string, plainToken: string): string {
  return createHmac('sha256', secretToken).update(plainToken).digest('hex');
}
