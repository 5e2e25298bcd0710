import type { DestinationStream } from 'pino';
import { emulatorApps } from '../zoom/shared/zoom-settings.ts';

/** The password of every user the test apps create (kept here so the scan needs no test-app import). */
export const testPassword = 'correct horse battery staple';

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Field names whose values are secrets; in a log line they must read `[redacted]` (or be absent). */
const secretFields = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'token',
  'sessionToken',
  'sealedToken',
  'csrfToken',
  'accessToken',
  'refreshToken',
  'access_token',
  'refresh_token',
  'clientSecret',
  'client_secret',
  'codeVerifier',
  'code_verifier',
  'secret',
  'start_url',
];

/** What a secret looks like in a log line, by kind. */
const secretPatterns: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'scrypt hash', pattern: /scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]{8,}/ },
  { kind: 'bearer token', pattern: /Bearer\s+[A-Za-z0-9._~+/-]{16,}/i },
  {
    kind: 'JWT-like token (Zoom access or refresh token)',
    pattern: /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/,
  },
  { kind: 'session cookie', pattern: /parley_session=(?!\[redacted\])[A-Za-z0-9_-]{16,}/ },
  {
    kind: 'secret field with its value',
    pattern: new RegExp(`"(?:${secretFields.join('|')})"\\s*:\\s*"(?!\\[redacted\\])[^"]+"`, 'i'),
  },
  { kind: 'database query parameters', pattern: /params: (?!\d+ \[redacted\])\S/ },
  {
    kind: 'a known test password or Zoom app secret',
    pattern: new RegExp(
      [
        testPassword,
        emulatorApps.organizationApp.clientSecret,
        emulatorApps.personalApp.clientSecret,
        emulatorApps.serverToServerApp.clientSecret,
        emulatorApps.webhookSecret,
      ]
        .map(escapeRegExp)
        .join('|'),
    ),
  },
];

/** A log line that holds a secret: which kind, and the line with the secret masked. */
export interface LogSecretFinding {
  kind: string;
  line: string;
}

/** The kinds of secret in one log line (none, usually). */
export function findSecrets(line: string): LogSecretFinding[] {
  return secretPatterns
    .filter(({ pattern }) => pattern.test(line))
    .map(({ kind, pattern }) => ({
      kind,
      line: line.replace(new RegExp(pattern, 'g'), '‹SECRET›').slice(0, 400),
    }));
}

/**
 * Every log line the test apps of this test file wrote, scanned as it is written. The vitest setup
 * `log-secret-scan.setup.ts` fails the file when any line held a secret.
 */
export const capturedLogs = {
  lines: 0,
  findings: [] as LogSecretFinding[],
  /** A pino destination that scans each line, then hands it on to `next` (a test's own destination). */
  destination(next?: DestinationStream): DestinationStream {
    return {
      write(chunk: string) {
        for (const line of chunk.split('\n')) {
          if (line === '') continue;
          capturedLogs.lines += 1;
          capturedLogs.findings.push(...findSecrets(line));
        }
        next?.write(chunk);
      },
    };
  },
};
