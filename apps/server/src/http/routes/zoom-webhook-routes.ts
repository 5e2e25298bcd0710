import { errorSchema, noContentSchema, zoomUrlValidationAnswerSchema } from '@parley/api-contract';
import type { FastifyRequest } from 'fastify';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import type { Services } from '../../services.ts';
import { receiveZoomWebhook } from '../../zoom/webhooks/receive-zoom-webhook.ts';
import { storableWebhookBody } from '../../zoom/webhooks/storable-webhook-body.ts';
import { encryptZoomPlainToken, verifyZoomSignature } from '../../zoom/webhooks/verify-zoom-signature.ts';
import {
  anyZoomWebhookSchema,
  handledZoomEvents,
  type ZoomWebhookEvent,
  zoomWebhookEventSchema,
} from '../../zoom/webhooks/zoom-webhook-event.ts';
import type { ApiApp } from '../api-app.ts';

/** Options of {@link registerZoomWebhookRoutes}. */
export interface ZoomWebhookRouteOptions {
  /** The webhook secret tokens of Parley's Zoom apps; empty ones are ignored. */
  secretTokens: readonly string[];
  now?: () => Date;
}

/**
 * `POST /webhooks/zoom`. The signature covers the body byte for byte, so in this route (and only here)
 * every body is read as raw bytes; the JSON API elsewhere keeps Fastify's JSON parser. Order: verify the
 * signature (401 and nothing else happens when it fails, URL challenges included), then parse (text
 * PostgreSQL cannot store is replaced, see {@link storableWebhookBody}), then answer `endpoint.url_validation` or hand the event to {@link receiveZoomWebhook}.
 */
export async function registerZoomWebhookRoutes(
  app: ApiApp,
  services: Services,
  options: ZoomWebhookRouteOptions,
): Promise<void> {
  const secretTokens = options.secretTokens.filter((token) => token.length > 0);
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    scope.post(
      '/webhooks/zoom',
      {
        config: { access: 'public' },
        schema: {
          tags: ['zoom'],
          summary: 'Zoom webhooks (signed with the app’s secret token)',
          response: {
            200: zoomUrlValidationAnswerSchema,
            204: noContentSchema,
            400: errorSchema,
            401: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const verdict = verifyZoomSignature(
          {
            signature: singleHeader(request, 'x-zm-signature'),
            timestamp: singleHeader(request, 'x-zm-request-timestamp'),
            rawBody,
          },
          { secretTokens, now: options.now },
        );
        if (!verdict.valid) {
          request.log.warn({ failure: verdict.failure }, 'zoom webhook refused: signature');
          throw new AppError(AppErrorCode.ZoomWebhookSignatureInvalid);
        }
        const event = parseZoomWebhookEvent(request, rawBody);
        if (!event) return reply.code(204).send(null);
        if (event.event === 'endpoint.url_validation') {
          const { plainToken } = event.payload;
          return reply
            .code(200)
            .send({ plainToken, encryptedToken: encryptZoomPlainToken(verdict.secretToken, plainToken) });
        }
        await receiveZoomWebhook(services, event, rawBody);
        return reply.code(204).send(null);
      },
    );
  });
}

/**
 * The event in a signed body, or undefined for an event Parley does not use (acknowledged, nothing done).
 * Not JSON or not a webhook → MALFORMED_JSON; a used event in an unexpected shape → VALIDATION_FAILED.
 */
function parseZoomWebhookEvent(request: FastifyRequest, rawBody: Buffer): ZoomWebhookEvent | undefined {
  const storable = storableWebhookBody(parseJson(rawBody));
  const { body } = storable;
  const envelope = anyZoomWebhookSchema.safeParse(body);
  if (!envelope.success) throw new AppError(AppErrorCode.MalformedJson);
  if (!handledZoomEvents.has(envelope.data.event)) {
    request.log.info({ event: envelope.data.event }, 'zoom webhook ignored: event not used');
    return undefined;
  }
  const parsed = zoomWebhookEventSchema.safeParse(body);
  if (!parsed.success) {
    request.log.warn({ event: envelope.data.event }, 'zoom webhook refused: unexpected payload');
    throw new AppError(AppErrorCode.ValidationFailed, {
      details: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })),
    });
  }
  if (storable.replacedAt.length > 0) {
    request.log.warn(
      { event: parsed.data.event, fields: storable.replacedAt },
      'zoom webhook: NUL or broken Unicode replaced with U+FFFD before storing',
    );
  }
  return parsed.data;
}

function singleHeader(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function parseJson(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch (cause) {
    throw new AppError(AppErrorCode.MalformedJson, { cause });
  }
}
