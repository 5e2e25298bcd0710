import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** Log levels pino understands, plus `silent`. */
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * What the README and the start-up errors say about one environment variable. Attached to the variable's
 * schema in {@link environmentSchema}, so validation and documentation come from one place.
 */
interface VariableDocs {
  /** What the README shows as the default; `undefined` means "not set". */
  defaultText?: string;
  meaning: string;
  /** What a valid value looks like; quoted in the start-up error. */
  expected: string;
  /** Secrets are never echoed back in error messages. */
  secret?: boolean;
}

const variableDocs = z.registry<VariableDocs>();

/** A variable's schema with its documentation registered beside it. */
function variable<Schema extends z.ZodType>(schema: Schema, docs: VariableDocs): Schema {
  const documented: z.ZodType = schema;
  variableDocs.add(documented, docs);
  return schema;
}

const port = z.coerce.number().int().min(0).max(65_535);
const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));
const urlWithProtocols = (protocols: string[]) =>
  z.url().refine((value) => protocols.includes(new URL(value).protocol), {
    message: `protocol must be one of ${protocols.join(', ')}`,
  });
/** Names proxy-addr (Fastify's `trustProxy`) understands besides addresses and ranges. */
const proxyRangeNames = ['loopback', 'linklocal', 'uniquelocal'];
const trustedProxyList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  )
  .refine(
    (entries) =>
      entries.every((entry) => {
        if (proxyRangeNames.includes(entry)) return true;
        const [address, bits, ...rest] = entry.split('/');
        const version = isIP(address ?? '');
        if (version === 0 || rest.length > 0) return false;
        return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
      }),
    { message: 'each entry must be an IP address, a CIDR range or loopback/linklocal/uniquelocal' },
  );
const base64Key = z.string().refine((value) => Buffer.from(value, 'base64').length === 32, {
  message: 'must decode to exactly 32 bytes',
});

/**
 * Every environment variable Parley reads: how it is parsed, what it defaults to and what it means. The same
 * object validates the environment at start-up, gives {@link Config} its type and renders the README's
 * configuration table, so the three cannot drift apart. A new variable is one entry here and one field in
 * {@link configSchema}.
 */
const environmentSchema = z.object({
  PORT: variable(port.default(3000), {
    defaultText: '3000',
    meaning: 'TCP port the HTTP server listens on (0 picks a free port).',
    expected: 'an integer from 0 to 65535',
  }),
  HOST: variable(z.string().min(1).default('0.0.0.0'), {
    defaultText: '0.0.0.0',
    meaning: 'Interface the HTTP server binds to.',
    expected: 'a host name or IP address',
  }),
  DATA_DIR: variable(z.string().min(1).default('./data'), {
    defaultText: './data',
    meaning:
      "Directory for the embedded PGlite database, the generated encryption key and the embedded Zoom emulator's world (zoom-emulator.json, so a restart keeps a connection made there).",
    expected: 'a directory path',
  }),
  DATABASE_URL: variable(urlWithProtocols(['postgres:', 'postgresql:']).optional(), {
    meaning: 'PostgreSQL 15+ connection string. When unset, Parley uses embedded PGlite in DATA_DIR.',
    expected: 'a postgres:// or postgresql:// URL',
    secret: true,
  }),
  SMTP_URL: variable(urlWithProtocols(['smtp:', 'smtps:']).optional(), {
    meaning:
      'Outgoing mail server, e.g. smtps://user:pass@smtp.example.com. When unset, mail goes to the built-in ' +
      'developer mailbox (Settings → Developer mailbox).',
    expected: 'an smtp:// or smtps:// URL',
    secret: true,
  }),
  MAIL_FROM: variable(z.string().min(3).default('Parley <parley@localhost>'), {
    defaultText: 'Parley <parley@localhost>',
    meaning: 'Sender address of the mail Parley sends.',
    expected: 'an address such as "Parley <parley@example.com>"',
  }),
  ENCRYPTION_KEY: variable(base64Key.optional(), {
    defaultText: 'generated into DATA_DIR/encryption.key (embedded mode only)',
    meaning:
      'Key that encrypts secrets at rest (base64 of 32 bytes, e.g. `openssl rand -base64 32`). Required ' +
      'with DATABASE_URL: every instance must use the same key.',
    expected: 'base64 of exactly 32 bytes',
    secret: true,
  }),
  ENCRYPTION_KEY_PREVIOUS: variable(base64Key.optional(), {
    meaning:
      'The previous ENCRYPTION_KEY while rotating keys: secrets sealed with it still open and are sealed again ' +
      'with ENCRYPTION_KEY on their next write (docs/operations.md).',
    expected: 'base64 of exactly 32 bytes',
    secret: true,
  }),
  PUBLIC_URL: variable(urlWithProtocols(['http:', 'https:']).optional(), {
    defaultText: 'http://localhost:PORT',
    meaning: 'Address users reach Parley at; used in email links and for Secure cookies (https).',
    expected: 'an http:// or https:// URL',
  }),
  DEMO_PASSWORD: variable(z.string().min(10).optional(), {
    defaultText: 'random, printed at first start',
    meaning:
      'Password of the seeded demo accounts (admin@, recruiter@, interviewer@demo.test); at least 10 characters, ' +
      'like every Parley password. Applies when the demo organization is first created.',
    expected: 'at least 10 characters',
    secret: true,
  }),
  SEED_DEMO: variable(booleanText.optional(), {
    defaultText: 'true without DATABASE_URL, else false',
    meaning:
      'Whether the first start creates the "Demo Company" organization with demo accounts, three jobs (English, German, Japanese) and forty candidates; never set it in production.',
    expected: 'true or false',
  }),
  SESSION_TTL_DAYS: variable(z.coerce.number().int().min(1).max(365).default(14), {
    defaultText: '14',
    meaning: 'Days of inactivity after which a session ends.',
    expected: 'an integer from 1 to 365',
  }),
  NOTIFICATION_DIGEST_SECONDS: variable(z.coerce.number().int().min(0).max(3600).default(120), {
    defaultText: '120',
    meaning:
      'Seconds an admin notification waits before it is e-mailed, so that interviews hit by the same cause meanwhile are listed in one e-mail (the bell shows it at once).',
    expected: 'an integer from 0 to 3600',
  }),
  ZOOM_CLIENT_ID: variable(z.string().min(1).optional(), {
    defaultText: "the emulator's `parley-org`",
    meaning:
      'Client ID of your admin-managed Zoom app (organization connections). With real credentials and no ' +
      'ZOOM_OAUTH_URL/ZOOM_API_URL Parley talks to zoom.us; with nothing set it runs the Zoom emulator in-process.',
    expected: 'a Zoom client ID',
  }),
  ZOOM_CLIENT_SECRET: variable(z.string().min(1).optional(), {
    meaning: 'Client secret of the admin-managed Zoom app; required with ZOOM_CLIENT_ID.',
    expected: 'a Zoom client secret',
    secret: true,
  }),
  ZOOM_USER_CLIENT_ID: variable(z.string().min(1).optional(), {
    defaultText: "the emulator's `parley-user`",
    meaning: 'Client ID of your user-managed Zoom app (personal connections); required with ZOOM_CLIENT_ID.',
    expected: 'a Zoom client ID',
  }),
  ZOOM_USER_CLIENT_SECRET: variable(z.string().min(1).optional(), {
    meaning: 'Client secret of the user-managed Zoom app; required with ZOOM_USER_CLIENT_ID.',
    expected: 'a Zoom client secret',
    secret: true,
  }),
  ZOOM_WEBHOOK_SECRET: variable(z.string().min(1).optional(), {
    defaultText: "the emulator's `parley-webhook-secret`",
    meaning:
      'Secret token that signs Zoom\'s webhooks (the apps\' "Secret Token"); required with ZOOM_CLIENT_ID.',
    expected: 'a non-empty string',
    secret: true,
  }),
  ZOOM_USER_WEBHOOK_SECRET: variable(z.string().min(1).optional(), {
    defaultText: 'ZOOM_WEBHOOK_SECRET',
    meaning:
      "Secret token of the user-managed app's webhooks, when it differs from ZOOM_WEBHOOK_SECRET (Zoom gives each app its own).",
    expected: 'a non-empty string',
    secret: true,
  }),
  ZOOM_OAUTH_URL: variable(urlWithProtocols(['http:', 'https:']).optional(), {
    defaultText: 'https://zoom.us, or the embedded emulator',
    meaning:
      "Base URL of Zoom's OAuth pages and token endpoint; set it (with ZOOM_API_URL) to use a standalone emulator.",
    expected: 'an http:// or https:// URL',
  }),
  ZOOM_API_URL: variable(urlWithProtocols(['http:', 'https:']).optional(), {
    defaultText: 'https://api.zoom.us, or the embedded emulator',
    meaning: "Base URL of Zoom's REST API (`/v2` is appended); set together with ZOOM_OAUTH_URL.",
    expected: 'an http:// or https:// URL',
  }),
  ZOOM_EMULATOR_PORT: variable(port.default(9090), {
    defaultText: '9090',
    meaning:
      'Port of the in-process Zoom emulator (only when no Zoom app is configured; 0 picks a free port, and a ' +
      'busy port falls back to a free one). Its control page is at /_emulator/.',
    expected: 'an integer from 0 to 65535',
  }),
  TRUSTED_PROXY: variable(trustedProxyList.default([]), {
    defaultText: 'none: no proxy is trusted',
    meaning:
      'Reverse proxies whose X-Forwarded-For names the client: comma-separated IP addresses or CIDR ranges ' +
      '(or loopback, linklocal, uniquelocal). Sign-in limits count per client address; unset, the address is ' +
      "the connection's and X-Forwarded-For is ignored (docs/operations.md).",
    expected: 'IP addresses or CIDR ranges separated by commas, e.g. 10.0.0.0/8,127.0.0.1',
  }),
  LOG_LEVEL: variable(z.enum(logLevels).default('info'), {
    defaultText: 'info',
    meaning: 'Least severe log level written (fatal, error, warn, info, debug, trace, silent).',
    expected: logLevels.join(', '),
  }),
});

type VariableName = keyof typeof environmentSchema.shape;
type Environment = z.output<typeof environmentSchema>;

/** The environment as Parley uses it: names the code reads, derived defaults, keys as bytes. */
const configSchema = environmentSchema.transform((environment) => ({
  port: environment.PORT,
  host: environment.HOST,
  /** Absolute path. */
  dataDir: path.resolve(environment.DATA_DIR),
  databaseUrl: environment.DATABASE_URL,
  smtpUrl: environment.SMTP_URL,
  mailFrom: environment.MAIL_FROM,
  /** 32 bytes when given in the environment; see `loadEncryptionKey()` for the embedded fallback. */
  encryptionKey: keyBytes(environment.ENCRYPTION_KEY),
  /** Origin plus optional path, without a trailing slash. */
  publicUrl: (environment.PUBLIC_URL ?? `http://localhost:${environment.PORT}`).replace(/\/+$/, ''),
  demoPassword: environment.DEMO_PASSWORD,
  seedDemo: environment.SEED_DEMO ?? environment.DATABASE_URL === undefined,
  sessionTtlDays: environment.SESSION_TTL_DAYS,
  /** How long an admin incident's e-mail waits for more affected interviews. */
  notificationDigestSeconds: environment.NOTIFICATION_DIGEST_SECONDS,
  logLevel: environment.LOG_LEVEL,
  /** Proxies trusted for X-Forwarded-For; empty: the client address is the connection's. */
  trustedProxies: environment.TRUSTED_PROXY,
  /** `ENCRYPTION_KEY_PREVIOUS`: 32 bytes, only while rotating keys. */
  encryptionKeyPrevious: keyBytes(environment.ENCRYPTION_KEY_PREVIOUS),
  zoom: zoomConfigFrom(environment),
}));

/** Typed, validated configuration of one server process. */
export type Config = z.output<typeof configSchema>;

function keyBytes(base64: string | undefined): Buffer | undefined {
  return base64 === undefined ? undefined : Buffer.from(base64, 'base64');
}

/** The Zoom variables as given; `resolveZoomSettings()` turns them into endpoints and apps. */
function zoomConfigFrom(environment: Environment) {
  const app = (clientId: string | undefined, clientSecret: string | undefined) =>
    clientId && clientSecret ? { clientId, clientSecret } : undefined;
  const { ZOOM_OAUTH_URL: oauthUrl, ZOOM_API_URL: apiUrl } = environment;
  return {
    /** The admin-managed app (organization connections). */
    organizationApp: app(environment.ZOOM_CLIENT_ID, environment.ZOOM_CLIENT_SECRET),
    /** The user-managed app (personal connections). */
    personalApp: app(environment.ZOOM_USER_CLIENT_ID, environment.ZOOM_USER_CLIENT_SECRET),
    webhookSecret: environment.ZOOM_WEBHOOK_SECRET,
    /** The user-managed app's webhook secret when it differs from `webhookSecret`. */
    personalWebhookSecret: environment.ZOOM_USER_WEBHOOK_SECRET,
    /** Both or neither. */
    endpoints: oauthUrl && apiUrl ? { oauthUrl, apiUrl } : undefined,
    emulatorPort: environment.ZOOM_EMULATOR_PORT,
  };
}

/** A configuration problem that stops start-up; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const variableNames = Object.keys(environmentSchema.shape).filter(
  (name): name is VariableName => name in environmentSchema.shape,
);

function docsOf(name: VariableName): VariableDocs {
  const docs = variableDocs.get(environmentSchema.shape[name]);
  if (!docs) throw new Error(`${name} has no documentation in config.ts`);
  return docs;
}

/**
 * Reads the environment into a {@link Config}. Collects every problem first, then throws one
 * {@link ConfigError} listing them, e.g. `PORT: expected an integer from 0 to 65535, got "abc"`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const given = Object.fromEntries(
    variableNames.map((name) => [name, env[name] === '' ? undefined : env[name]]),
  );
  const result = configSchema.safeParse(given);
  const invalid = new Set(result.error?.issues.map((issue) => String(issue.path[0])));
  const problems = variableNames
    .filter((name) => invalid.has(name))
    .map((name) => {
      const docs = docsOf(name);
      // A secret's length is enough to see what is wrong ("at least 10 characters, got 6") without echoing it.
      const shown = docs.secret
        ? `a value of ${env[name]?.length ?? 0} characters (not shown)`
        : JSON.stringify(env[name]);
      return `${name}: expected ${docs.expected}, got ${shown}`;
    });
  problems.push(...zoomConfigProblems((name) => given[name] !== undefined && !invalid.has(name)));
  if (!result.success || problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

/** Zoom apps come complete or not at all: half a configuration would fail only when someone connects. */
function zoomConfigProblems(given: (name: VariableName) => boolean): string[] {
  const problems: string[] = [];
  const appVariables: VariableName[] = [
    'ZOOM_CLIENT_ID',
    'ZOOM_CLIENT_SECRET',
    'ZOOM_USER_CLIENT_ID',
    'ZOOM_USER_CLIENT_SECRET',
    'ZOOM_WEBHOOK_SECRET',
  ];
  const missing = appVariables.filter((name) => !given(name));
  if (missing.length > 0 && missing.length < appVariables.length) {
    problems.push(`${missing.join(', ')}: expected together with ${appVariables.filter(given).join(', ')}`);
  }
  if (given('ZOOM_USER_WEBHOOK_SECRET') && !given('ZOOM_WEBHOOK_SECRET')) {
    problems.push(
      'ZOOM_USER_WEBHOOK_SECRET: expected only together with your own Zoom apps (ZOOM_CLIENT_ID …)',
    );
  }
  if (given('ZOOM_OAUTH_URL') !== given('ZOOM_API_URL')) {
    const absent = given('ZOOM_OAUTH_URL') ? 'ZOOM_API_URL' : 'ZOOM_OAUTH_URL';
    problems.push(
      `${absent}: expected together with ${absent === 'ZOOM_API_URL' ? 'ZOOM_OAUTH_URL' : 'ZOOM_API_URL'}`,
    );
  }
  return problems;
}

/** The environment variables as a Markdown table (name, default, meaning), for the README. */
export function renderConfigurationTable(): string {
  const rows = variableNames.map((name) => {
    const { defaultText, meaning } = docsOf(name);
    return `| \`${name}\` | ${defaultText === undefined ? '—' : defaultText} | ${meaning} |`;
  });
  return ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
}
