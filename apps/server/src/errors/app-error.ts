import { AppErrorCode, type ErrorDetail, type ErrorMeta, httpStatusByCode } from '@parley/api-contract';

export { AppErrorCode, type ErrorDetail, type ErrorMeta, httpStatusByCode };

/**
 * The one error type of the domain. Use cases throw it with a code; the HTTP layer answers with the
 * code's status and a message in the user's language.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: AppErrorCode;
  readonly details: ErrorDetail[] | undefined;
  readonly meta: ErrorMeta | undefined;

  constructor(
    code: AppErrorCode,
    options: { details?: ErrorDetail[]; meta?: ErrorMeta; cause?: unknown } = {},
  ) {
    super(code, { cause: options.cause });
    this.code = code;
    this.details = options.details;
    this.meta = options.meta;
  }

  /** The HTTP status of this error's code. */
  get status(): number {
    return httpStatusByCode[this.code];
  }
}
