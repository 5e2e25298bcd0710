import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far `x-zm-request-timestamp` may be from now, either way, before a request counts as replayed. */
const zoomSignatureToleranceSeconds = 5 * 60;

/** What a Zoom webhook request carries for its signature, exactly as received. */
export interface ZoomSignedRequest {
  /** `x-zm-signature`, e.g. `v0=5a1f…`. */
  signature: string | undefined;
  /** `x-zm-request-timestamp`, epoch seconds. */
  timestamp: string | undefined;
  /** The request body byte for byte; a re-serialized body may differ from what Zoom signed. */
  rawBody: Buffer;
}

/** Why a request was refused; never shown to the sender, only logged. */
export type ZoomSignatureFailure = 'headers_missing' | 'timestamp_outside_window' | 'signature_mismatch';

/** The outcome of {@link verifyZoomSignature}. */
export type ZoomSignatureVerdict =
  | {
      valid: true /** The secret that made the signature (answers `url_validation` with it). */;
      secretToken: string;
    }
  | { valid: false; failure: ZoomSignatureFailure };

/** Options of {@link verifyZoomSignature}. */
export interface VerifyZoomSignatureOptions {
  /**
   * The apps' webhook secret tokens. Parley's organization and personal apps are two Zoom apps and may
   * have different secrets; a signature made with any of them is accepted.
   */
  secretTokens: readonly string[];
  now?: () => Date;
  toleranceSeconds?: number;
}

/**
 * Verifies Zoom's `v0` webhook signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the
 * app's secret token, compared in constant time, and a timestamp within five minutes of now (so a
 * captured request cannot be replayed later).
 */
export function verifyZoomSignature(
  request: ZoomSignedRequest,
  options: VerifyZoomSignatureOptions,
): ZoomSignatureVerdict {
  const { signature, timestamp, rawBody } = request;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) {
    return { valid: false, failure: 'headers_missing' };
  }
  const nowSeconds = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? zoomSignatureToleranceSeconds;
  if (Math.abs(nowSeconds - Number(timestamp)) > tolerance) {
    return { valid: false, failure: 'timestamp_outside_window' };
  }
  const given = Buffer.from(signature, 'utf8');
  const secretToken = options.secretTokens.find((candidate) => {
    const expected = Buffer.from(signZoomPayload(candidate, timestamp, rawBody), 'utf8');
    // timingSafeEqual throws on different lengths; the length of a hex HMAC is public anyway.
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return secretToken === undefined
    ? { valid: false, failure: 'signature_mismatch' }
    : { valid: true, secretToken };
}

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}`: the signature Zoom sends. */
function signZoomPayload(secretToken: string, timestamp: string, rawBody: Buffer): string {
  const hmac = createHmac('sha256', secretToken);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(rawBody);
  return `v0=${hmac.digest('hex')}`;
}

/**
 * The `encryptedToken` of an `endpoint.url_validation` answer: hex HMAC-SHA256 of the plain token.
 * Answer only signed challenges — otherwise anyone could have Parley compute HMACs with the secret, and
 * `plainToken = "v0:{ts}:{body}"` would hand them a valid signature for a body of their choosing.
 */
export function encryptZoomPlainToken(secretToken: string, plainToken: string): string {
  return createHmac('sha256', secretToken).update(plainToken).digest('hex');
}
