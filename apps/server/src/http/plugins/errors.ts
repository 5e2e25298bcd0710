import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  AppError,
  AppErrorCode,
  type ErrorDetail,
  type ErrorMeta,
  httpStatusByCode,
} from '../../errors/app-error.ts';
import { errorMessage, validationMessage } from '../../i18n/error-messages.ts';
import { pickLanguage } from '../../i18n/language.ts';
import { RequestValidationError } from '../validation.ts';

/** Fastify's own request errors, by code, and what the client is told. */
const fastifyErrorCodes: Record<string, AppErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: AppErrorCode.MalformedJson,
  FST_ERR_CTP_EMPTY_JSON_BODY: AppErrorCode.MalformedJson,
  FST_ERR_CTP_BODY_TOO_LARGE: AppErrorCode.PayloadTooLarge,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: AppErrorCode.UnsupportedMediaType,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: AppErrorCode.MalformedJson,
  FST_ERR_NOT_FOUND: AppErrorCode.NotFound,
};

/** By status, for any other client error Fastify or a plugin raises. */
const codeByStatus: Record<number, AppErrorCode> = {
  400: AppErrorCode.ValidationFailed,
  401: AppErrorCode.Unauthenticated,
  403: AppErrorCode.Forbidden,
  404: AppErrorCode.NotFound,
  413: AppErrorCode.PayloadTooLarge,
  415: AppErrorCode.UnsupportedMediaType,
  429: AppErrorCode.TooManyAttempts,
};

/** Retry-After of a 429 whose limit did not say how long to wait. */
const defaultRetryAfterSeconds = 60;

/**
 * Sends `{ error: { code, message, details?, meta? } }` with the code's status, in the request's language; a
 * detail's message may be a validation message key (`validation.…`), translated here.
 */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: AppErrorCode,
  details?: ErrorDetail[],
  meta?: ErrorMeta,
) {
  const status = httpStatusByCode[code];
  // Every 429 says when to come back; a limit that knows puts its wait in `meta.retryAfterSeconds`.
  if (status === 429)
    reply.header('retry-after', String(meta?.retryAfterSeconds ?? defaultRetryAfterSeconds));
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(errorBody(request, code, details, meta));
}

/**
 * The API's error shape in the request's language; also for an error met after a streamed answer began
 * (the CSV import's progress), where the status line is already sent.
 */
export function errorBody(
  request: FastifyRequest,
  code: AppErrorCode,
  details?: ErrorDetail[],
  meta?: ErrorMeta,
) {
  const language = requestLanguage(request);
  return {
    error: {
      code,
      message: errorMessage(code, language),
      ...(details
        ? {
            details: details.map((detail) => ({
              ...detail,
              message: validationMessage(detail.message, language),
            })),
          }
        : {}),
      ...(meta ? { meta } : {}),
    },
  };
}

/** The language of messages for this request (signed-in user, then Accept-Language, then English). */
export function requestLanguage(request: FastifyRequest) {
  return pickLanguage(request.session?.actor.language, request.headers['accept-language']);
}

/**
 * Maps every error to the API's error shape: AppError by its code, failed validation to 400 with
 * details, Fastify's body errors (malformed JSON, too large, wrong media type) to their codes, and only
 * genuine faults to 500, which are logged.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof AppError) return sendError(request, reply, error.code, error.details, error.meta);
    if (error instanceof RequestValidationError) {
      return sendError(
        request,
        reply,
        AppErrorCode.ValidationFailed,
        error.details(requestLanguage(request)),
      );
    }
    const fastifyError = error as FastifyError;
    const known = fastifyError.code ? fastifyErrorCodes[fastifyError.code] : undefined;
    if (known) return sendError(request, reply, known);
    const status = fastifyError.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendError(request, reply, codeByStatus[status] ?? AppErrorCode.ValidationFailed);
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, AppErrorCode.Internal);
  });
}
