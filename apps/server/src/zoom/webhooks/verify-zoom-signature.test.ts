import { describe, expect, it } from 'vitest';
import { encryptZoomPlainToken, verifyZoomSignature } from './verify-zoom-signature.ts';

const secret = 'parley-webhook-secret';
const now = new Date('2030-03-01T12:00:00Z');
const nowSeconds = String(now.getTime() / 1000);
const body = Buffer.from(
  '{"event":"user.deleted","payload":{"account_id":"a1","object":{"id":"u1"}},"event_ts":1}',
);

/** An independent signer (WebCrypto rather than node:crypto's createHmac), as Zoom documents it. */
async function hmacHex(key: string, message: Uint8Array | string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const data = typeof message === 'string' ? new TextEncoder().encode(message) : message;
  const mac = await crypto.subtle.sign('HMAC', cryptoKey, data);
  return Buffer.from(mac).toString('hex');
}

async function zoomSignature(key: string, timestamp: string, rawBody: Buffer): Promise<string> {
  const message = Buffer.concat([Buffer.from(`v0:${timestamp}:`), rawBody]);
  return `v0=${await hmacHex(key, message)}`;
}

const verify = (signature: string | undefined, timestamp: string | undefined, rawBody = body) =>
  verifyZoomSignature({ signature, timestamp, rawBody }, { secretTokens: [secret], now: () => now });

describe('verifyZoomSignature', () => {
  it('accepts a signature made with the secret over the exact body and a fresh timestamp', async () => {
    const signature = await zoomSignature(secret, nowSeconds, body);
    expect(verify(signature, nowSeconds)).toEqual({ valid: true, secretToken: secret });
  });

  it('accepts timestamps up to five minutes old or ahead, and no further', async () => {
    for (const offset of [-300, 300]) {
      const timestamp = String(Number(nowSeconds) + offset);
      expect(verify(await zoomSignature(secret, timestamp, body), timestamp).valid).toBe(true);
    }
    for (const offset of [-301, 301, -86_400]) {
      const timestamp = String(Number(nowSeconds) + offset);
      expect(verify(await zoomSignature(secret, timestamp, body), timestamp)).toEqual({
        valid: false,
        failure: 'timestamp_outside_window',
      });
    }
  });

  it('refuses a signature made with another secret', async () => {
    const signature = await zoomSignature('not-the-secret', nowSeconds, body);
    expect(verify(signature, nowSeconds)).toEqual({ valid: false, failure: 'signature_mismatch' });
  });

  it('refuses a body changed after signing, even by one byte or by re-serialization', async () => {
    const signature = await zoomSignature(secret, nowSeconds, body);
    const tampered = Buffer.from(body.toString().replace('u1', 'u2'));
    expect(verify(signature, nowSeconds, tampered).valid).toBe(false);
    const reformatted = Buffer.from(JSON.stringify(JSON.parse(body.toString()), null, 1));
    expect(verify(signature, nowSeconds, reformatted).valid).toBe(false);
  });

  it('refuses a signature replayed with another timestamp', async () => {
    const signature = await zoomSignature(secret, nowSeconds, body);
    expect(verify(signature, String(Number(nowSeconds) - 1)).valid).toBe(false);
  });

  it('refuses missing or malformed headers', async () => {
    const signature = await zoomSignature(secret, nowSeconds, body);
    expect(verify(undefined, nowSeconds)).toEqual({ valid: false, failure: 'headers_missing' });
    expect(verify(signature, undefined)).toEqual({ valid: false, failure: 'headers_missing' });
    expect(verify('', nowSeconds)).toEqual({ valid: false, failure: 'headers_missing' });
    expect(verify(signature, `${nowSeconds}.5`)).toEqual({ valid: false, failure: 'headers_missing' });
    expect(verify(signature, 'soon')).toEqual({ valid: false, failure: 'headers_missing' });
    expect(verify('v0=abc', nowSeconds)).toEqual({ valid: false, failure: 'signature_mismatch' });
    expect(verify(signature.toUpperCase(), nowSeconds).valid).toBe(false);
  });

  it('accepts a signature by any configured secret and names it; none configured accepts nothing', async () => {
    const signature = await zoomSignature('personal-app-secret', nowSeconds, body);
    const verdict = verifyZoomSignature(
      { signature, timestamp: nowSeconds, rawBody: body },
      { secretTokens: [secret, 'personal-app-secret'], now: () => now },
    );
    expect(verdict).toEqual({ valid: true, secretToken: 'personal-app-secret' });
    const unconfigured = verifyZoomSignature(
      { signature, timestamp: nowSeconds, rawBody: body },
      { secretTokens: [], now: () => now },
    );
    expect(unconfigured.valid).toBe(false);
  });
});

describe('encryptZoomPlainToken', () => {
  it('is the hex HMAC-SHA256 of the plain token with the secret', async () => {
    const plainToken = 'qgg8vlvZRS6UYooatFL8Aw';
    expect(encryptZoomPlainToken(secret, plainToken)).toBe(await hmacHex(secret, plainToken));
  });
});
