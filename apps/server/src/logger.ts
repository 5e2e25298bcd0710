import pino, { type DestinationStream, type Logger } from 'pino';
import { redactDatabaseError } from './db/redact-database-error.ts';

/** Paths whose values never reach the log. */
const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  '*.password',
  '*.token',
  '*.sessionToken',
  '*.sealedToken',
  '*.csrfToken',
  '*.accessToken',
  '*.refreshToken',
  '*.clientSecret',
  '*.codeVerifier',
  'password',
  'token',
  'sessionToken',
  'sealedToken',
  'csrfToken',
];

/**
 * Invitation and Zoom admin links carry their secret in the path, and Zoom's OAuth callback its code and
 * state in the query; logged URLs show `[redacted]` instead.
 */
export function redactUrl(url: string): string {
  return url
    .replace(/(\/by-token\/)[^/?#]+/, '$1[redacted]')
    .replace(/^(\/invitations\/)[^/?#]+/, '$1[redacted]')
    .replace(/(\/(?:admin-links|admin-authorize)\/)[^/?#]+/, '$1[redacted]')
    .replace(/^(\/oauth\/zoom\/callback)\?.*$/, '$1?[redacted]');
}

interface LoggableRequest {
  method?: string;
  url?: string;
  ip?: string;
  id?: string;
}

/**
 * The process logger: JSON lines (pino) with secrets redacted: cookies, authorization and CSRF headers,
 * any `password`/`token` field, tokens in invitation URLs, and the values in database errors (`err`).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: {
        req: (request: LoggableRequest) => ({
          id: request.id,
          method: request.method,
          url: request.url === undefined ? undefined : redactUrl(request.url),
          remoteAddress: request.ip,
        }),
        err: (error: unknown) => pino.stdSerializers.err(redactDatabaseError(error) as Error),
      },
    },
    destination,
  );
}
