import { type AppErrorCode, isAppErrorCode } from '@parley/api-contract';

/** One field-level problem reported with `VALIDATION_FAILED`; `path` names the request field. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * Codes the client itself produces when no well-formed Parley error arrived: the request never reached the
 * server, or the answer was not the documented `{error:{…}}` shape (for example a proxy's 502 page, or a
 * code this build of the app does not know).
 */
export const clientErrorCodes = ['NETWORK_ERROR', 'UNEXPECTED_RESPONSE'] as const;
/** One of {@link clientErrorCodes}. */
export type ClientErrorCode = (typeof clientErrorCodes)[number];

/**
 * Every failed API call rejects with this error. For server errors `message` is the server's translated
 * text and `code` its stable code from the contract (`INVALID_CREDENTIALS`, `LAST_ADMIN`, …), so comparing
 * with a code that does not exist is a type error; `details` carries field issues.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: AppErrorCode | ClientErrorCode,
    message: string,
    readonly details: readonly FieldIssue[] = [],
    options?: { cause?: unknown; meta?: Readonly<Record<string, unknown>> },
  ) {
    super(message, options);
    this.meta = options?.meta ?? {};
  }

  /** Facts the server sent with the error (e.g. `existingCandidateId`), for the page to act on. */
  readonly meta: Readonly<Record<string, unknown>>;

  /** A string fact of {@link meta}, if the server sent it. */
  metaString(name: string): string | undefined {
    const value = this.meta[name];
    return typeof value === 'string' ? value : undefined;
  }

  /** A number fact of {@link meta}, if the server sent it. */
  metaNumber(name: string): number | undefined {
    const value = this.meta[name];
    return typeof value === 'number' ? value : undefined;
  }

  /** True when the client produced this error (network failure, unreadable answer). */
  get isClientError(): boolean {
    return !isAppErrorCode(this.code);
  }
}

function isFieldIssue(value: unknown): value is FieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.path === 'string' && typeof candidate.message === 'string';
}

/**
 * Reads the documented error body; anything else, an unknown code included, becomes `UNEXPECTED_RESPONSE`
 * with the HTTP status.
 */
export function processErrorBody(status: number, body: unknown): ApiError {
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error === 'object' && error !== null) {
    const { code, message, details, meta } = error as Record<string, unknown>;
    if (isAppErrorCode(code) && typeof message === 'string') {
      const fieldIssues = Array.isArray(details) ? details.filter(isFieldIssue) : [];
      const facts = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : {};
      return new ApiError(status, code, message, fieldIssues, { meta: facts });
    }
  }
  return new ApiError(status, 'UNEXPECTED_RESPONSE', `Unexpected answer from the server (HTTP ${status})`);
}
