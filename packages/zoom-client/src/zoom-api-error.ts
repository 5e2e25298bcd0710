/** How Zoom classified a 429: per-second (`QPS`) or per-day (`Daily-limit`). */
export type ZoomRateLimitType = 'QPS' | 'Daily-limit';

/**
 * The one error every Zoom call throws. It carries Zoom's numeric `code` (for example 124, 300, 1001, 3001,
 * 4735) all the way to the caller, and keeps the original error or response body as `cause`.
 * `message` is Zoom's own message; it never contains tokens or secrets.
 */
export class ZoomApiError extends Error {
  override readonly name = 'ZoomApiError';
  /** HTTP status of Zoom's answer; 0 when no answer arrived (network error, timeout). */
  readonly status: number;
  /** Zoom's numeric error code, when Zoom sent one. */
  readonly code: number | undefined;
  /** The OAuth `error` value of a token-endpoint failure (`invalid_grant`, `invalid_client`, …). */
  readonly oauthError: string | undefined;
  /** When Zoom allows the next request (from `Retry-After`), for 429 answers. */
  readonly retryAfter: Date | undefined;
  readonly rateLimitType: ZoomRateLimitType | undefined;
  /** Validation errors (`errors[]`) of a code-300 answer. */
  readonly fieldErrors: ReadonlyArray<{ field: string; message: string }>;
  /** Zoom's `x-zm-trackingid` of the answer: what Zoom's support asks for. */
  readonly trackingId: string | undefined;

  constructor(init: {
    status: number;
    code?: number | undefined;
    message: string;
    oauthError?: string | undefined;
    retryAfter?: Date | undefined;
    rateLimitType?: ZoomRateLimitType | undefined;
    fieldErrors?: ReadonlyArray<{ field: string; message: string }>;
    trackingId?: string | undefined;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.oauthError = init.oauthError;
    this.retryAfter = init.retryAfter;
    this.rateLimitType = init.rateLimitType;
    this.fieldErrors = init.fieldErrors ?? [];
    this.trackingId = init.trackingId;
  }

  /**
   * True when the grant behind a token is gone for good and only a new authorization helps:
   * a reused or revoked refresh token (`invalid_grant`), a token whose owner no longer exists (4735),
   * or a revoked token (4741).
   */
  get requiresReauthorization(): boolean {
    return this.oauthError === 'invalid_grant' || this.code === 4735 || this.code === 4741;
  }

  /** True for Zoom's code 124: the access token is invalid or expired (refresh once, then retry once). */
  get isInvalidAccessToken(): boolean {
    return this.code === 124;
  }
}
