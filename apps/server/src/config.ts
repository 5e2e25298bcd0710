import path from 'node:path';
import { z } from 'zod';

/** Log levels pino understands, plus `silent`. */
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * One environment variable: how it is parsed, what it defaults to and what it means. The same table
 * validates the environment at start-up and renders the README's configuration table, so the two cannot
 * drift apart. Adding a variable (the Zoom ones, say) means adding one entry here and one field to
 * {@link Config}.
 */
interface VariableDefinition {
  name: string;
  /** What the README shows as the default; `undefined` means "not set". */
  defaultText?: string;
  meaning: string;
  /** What a valid value looks like; quoted in the start-up error. */
  expected: string;
  /** Secrets are never echoed back in error messages. */
  secret?: boolean;
  schema: z.ZodType;
}

const port = z.coerce.number().int().min(0).max(65_535);
const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));
const urlWithProtocols = (protocols: string[]) =>
  z.url().refine((value) => protocols.includes(new URL(value).protocol), {
    message: `protocol must be one of ${protocols.join(', ')}`,
  });
const base64Key = z.string().refine((value) => Buffer.from(value, 'base64').length === 32, {
  message: 'must decode to exactly 32 bytes',
});

const variables = [
  {
    name: 'PORT',
    defaultText: '3000',
    meaning: 'TCP port the HTTP server listens on (0 picks a free port).',
    expected: 'an integer from 0 to 65535',
    schema: port.default(3000),
  },
  {
    name: 'HOST',
    defaultText: '0.0.0.0',
    meaning: 'Interface the HTTP server binds to.',
    expected: 'a host name or IP address',
    schema: z.string().min(1).default('0.0.0.0'),
  },
  {
    name: 'DATA_DIR',
    defaultText: './data',
    meaning: 'Directory for the embedded PGlite database and the generated encryption key.',
    expected: 'a directory path',
    schema: z.string().min(1).default('./data'),
  },
  {
    name: 'DATABASE_URL',
    meaning: 'PostgreSQL 15+ connection string. When unset, Parley uses embedded PGlite in DATA_DIR.',
    expected: 'a postgres:// or postgresql:// URL',
    secret: true,
    schema: urlWithProtocols(['postgres:', 'postgresql:']).optional(),
  },
  {
    name: 'SMTP_URL',
    meaning:
      'Outgoing mail server, e.g. smtps://user:pass@smtp.example.com. When unset, mail goes to the built-in ' +
      'developer mailbox (Settings → Developer mailbox).',
    expected: 'an smtp:// or smtps:// URL',
    secret: true,
    schema: urlWithProtocols(['smtp:', 'smtps:']).optional(),
  },
  {
    name: 'MAIL_FROM',
    defaultText: 'Parley <parley@localhost>',
    meaning: 'Sender address of the mail Parley sends.',
    expected: 'an address such as "Parley <parley@example.com>"',
    schema: z.string().min(3).default('Parley <parley@localhost>'),
  },
  {
    name: 'ENCRYPTION_KEY',
    defaultText: 'generated into DATA_DIR/encryption.key (embedded mode only)',
    meaning:
      'Key that encrypts secrets at rest (base64 of 32 bytes, e.g. `openssl rand -base64 32`). Required ' +
      'with DATABASE_URL: every instance must use the same key.',
    expected: 'base64 of exactly 32 bytes',
    secret: true,
    schema: base64Key.optional(),
  },
  {
    name: 'ENCRYPTION_KEY_PREVIOUS',
    meaning:
      'The previous ENCRYPTION_KEY while rotating keys: secrets sealed with it still open and are sealed again ' +
      'with ENCRYPTION_KEY on their next write (docs/operations.md).',
    expected: 'base64 of exactly 32 bytes',
    secret: true,
    schema: base64Key.optional(),
  },
  {
    name: 'PUBLIC_URL',
    defaultText: 'http://localhost:PORT',
    meaning: 'Address users reach Parley at; used in email links and for Secure cookies (https).',
    expected: 'an http:// or https:// URL',
    schema: urlWithProtocols(['http:', 'https:']).optional(),
  },
  {
    name: 'DEMO_PASSWORD',
    defaultText: 'random, printed at first start',
    meaning: 'Password of the seeded demo accounts (admin@, recruiter@, interviewer@demo.test).',
    expected: 'at least 10 characters',
    secret: true,
    schema: z.string().min(10).optional(),
  },
  {
    name: 'SEED_DEMO',
    defaultText: 'true without DATABASE_URL, else false',
    meaning: 'Whether the first start creates the "Demo Company" organization with demo accounts.',
    expected: 'true or false',
    schema: booleanText.optional(),
  },
  {
    name: 'SESSION_TTL_DAYS',
    defaultText: '14',
    meaning: 'Days of inactivity after which a session ends.',
    expected: 'an integer from 1 to 365',
    schema: z.coerce.number().int().min(1).max(365).default(14),
  },
  {
    name: 'ZOOM_CLIENT_ID',
    defaultText: "the emulator's `parley-org`",
    meaning:
      'Client ID of your admin-managed Zoom app (organization connections). With real credentials and no ' +
      'ZOOM_OAUTH_URL/ZOOM_API_URL Parley talks to zoom.us; with nothing set it runs the Zoom emulator in-process.',
    expected: 'a Zoom client ID',
    schema: z.string().min(1).optional(),
  },
  {
    name: 'ZOOM_CLIENT_SECRET',
    meaning: 'Client secret of the admin-managed Zoom app; required with ZOOM_CLIENT_ID.',
    expected: 'a Zoom client secret',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  {
    name: 'ZOOM_USER_CLIENT_ID',
    defaultText: "the emulator's `parley-user`",
    meaning: 'Client ID of your user-managed Zoom app (personal connections); required with ZOOM_CLIENT_ID.',
    expected: 'a Zoom client ID',
    schema: z.string().min(1).optional(),
  },
  {
    name: 'ZOOM_USER_CLIENT_SECRET',
    meaning: 'Client secret of the user-managed Zoom app; required with ZOOM_USER_CLIENT_ID.',
    expected: 'a Zoom client secret',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  {
    name: 'ZOOM_WEBHOOK_SECRET',
    defaultText: "the emulator's `parley-webhook-secret`",
    meaning:
      'Secret token that signs Zoom\'s webhooks (the apps\' "Secret Token"); required with ZOOM_CLIENT_ID.',
    expected: 'a non-empty string',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  {
    name: 'ZOOM_USER_WEBHOOK_SECRET',
    defaultText: 'ZOOM_WEBHOOK_SECRET',
    meaning:
      "Secret token of the user-managed app's webhooks, when it differs from ZOOM_WEBHOOK_SECRET (Zoom gives each app its own).",
    expected: 'a non-empty string',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  {
    name: 'ZOOM_OAUTH_URL',
    defaultText: 'https://zoom.us, or the embedded emulator',
    meaning:
      "Base URL of Zoom's OAuth pages and token endpoint; set it (with ZOOM_API_URL) to use a standalone emulator.",
    expected: 'an http:// or https:// URL',
    schema: urlWithProtocols(['http:', 'https:']).optional(),
  },
  {
    name: 'ZOOM_API_URL',
    defaultText: 'https://api.zoom.us, or the embedded emulator',
    meaning: "Base URL of Zoom's REST API (`/v2` is appended); set together with ZOOM_OAUTH_URL.",
    expected: 'an http:// or https:// URL',
    schema: urlWithProtocols(['http:', 'https:']).optional(),
  },
  {
    name: 'ZOOM_EMULATOR_PORT',
    defaultText: '9090',
    meaning:
      'Port of the in-process Zoom emulator (only when no Zoom app is configured; 0 picks a free port, and a ' +
      'busy port falls back to a free one). Its control page is at /_emulator/.',
    expected: 'an integer from 0 to 65535',
    schema: port.default(9090),
  },
  {
    name: 'LOG_LEVEL',
    defaultText: 'info',
    meaning: 'Least severe log level written (fatal, error, warn, info, debug, trace, silent).',
    expected: logLevels.join(', '),
    schema: z.enum(logLevels).default('info'),
  },
] as const satisfies readonly VariableDefinition[];

/** Typed, validated configuration of one server process. */
export interface Config {
  port: number;
  host: string;
  /** Absolute path. */
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** 32 bytes when given in the environment; see `loadEncryptionKey()` for the embedded fallback. */
  encryptionKey: Buffer | undefined;
  /** Origin plus optional path, without a trailing slash. */
  publicUrl: string;
  demoPassword: string | undefined;
  seedDemo: boolean;
  sessionTtlDays: number;
  logLevel: (typeof logLevels)[number];
  /** `ENCRYPTION_KEY_PREVIOUS`: 32 bytes, only while rotating keys. */
  encryptionKeyPrevious: Buffer | undefined;
  zoom: ZoomConfig;
}

/** The Zoom variables as given; `resolveZoomSettings()` turns them into endpoints and apps. */
export interface ZoomConfig {
  /** The admin-managed app (organization connections). */
  organizationApp: { clientId: string; clientSecret: string } | undefined;
  /** The user-managed app (personal connections). */
  personalApp: { clientId: string; clientSecret: string } | undefined;
  webhookSecret: string | undefined;
  /** The user-managed app's webhook secret when it differs from `webhookSecret`. */
  personalWebhookSecret: string | undefined;
  /** Both or neither. */
  endpoints: { oauthUrl: string; apiUrl: string } | undefined;
  emulatorPort: number;
}

/** A configuration problem that stops start-up; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type VariableName = (typeof variables)[number]['name'];

/**
 * Reads the environment into a {@link Config}. Collects every problem first, then throws one
 * {@link ConfigError} listing them, e.g. `PORT: expected an integer from 0 to 65535, got "abc"`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const values = {} as Record<VariableName, unknown>;
  for (const variable of variables as readonly VariableDefinition[]) {
    const raw = env[variable.name];
    const result = variable.schema.safeParse(raw === '' ? undefined : raw);
    if (result.success) {
      values[variable.name as VariableName] = result.data;
    } else {
      const shown = variable.secret ? 'the given value' : JSON.stringify(raw);
      problems.push(`${variable.name}: expected ${variable.expected}, got ${shown}`);
    }
  }
  problems.push(...zoomConfigProblems(values));
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const portValue = values.PORT as number;
  const databaseUrl = values.DATABASE_URL as string | undefined;
  const encryptionKey = values.ENCRYPTION_KEY as string | undefined;
  return {
    port: portValue,
    host: values.HOST as string,
    dataDir: path.resolve(values.DATA_DIR as string),
    databaseUrl,
    smtpUrl: values.SMTP_URL as string | undefined,
    mailFrom: values.MAIL_FROM as string,
    encryptionKey: encryptionKey === undefined ? undefined : Buffer.from(encryptionKey, 'base64'),
    publicUrl: ((values.PUBLIC_URL as string | undefined) ?? `http://localhost:${portValue}`).replace(
      /\/+$/,
      '',
    ),
    demoPassword: values.DEMO_PASSWORD as string | undefined,
    seedDemo: (values.SEED_DEMO as boolean | undefined) ?? databaseUrl === undefined,
    sessionTtlDays: values.SESSION_TTL_DAYS as number,
    logLevel: values.LOG_LEVEL as Config['logLevel'],
    encryptionKeyPrevious:
      values.ENCRYPTION_KEY_PREVIOUS === undefined
        ? undefined
        : Buffer.from(values.ENCRYPTION_KEY_PREVIOUS as string, 'base64'),
    zoom: zoomConfigFrom(values),
  };
}

function zoomConfigFrom(values: Record<VariableName, unknown>): ZoomConfig {
  const text = (name: VariableName) => values[name] as string | undefined;
  const app = (id: VariableName, secret: VariableName) => {
    const clientId = text(id);
    const clientSecret = text(secret);
    return clientId && clientSecret ? { clientId, clientSecret } : undefined;
  };
  const oauthUrl = text('ZOOM_OAUTH_URL');
  const apiUrl = text('ZOOM_API_URL');
  return {
    organizationApp: app('ZOOM_CLIENT_ID', 'ZOOM_CLIENT_SECRET'),
    personalApp: app('ZOOM_USER_CLIENT_ID', 'ZOOM_USER_CLIENT_SECRET'),
    webhookSecret: text('ZOOM_WEBHOOK_SECRET'),
    personalWebhookSecret: text('ZOOM_USER_WEBHOOK_SECRET'),
    endpoints: oauthUrl && apiUrl ? { oauthUrl, apiUrl } : undefined,
    emulatorPort: values.ZOOM_EMULATOR_PORT as number,
  };
}

/** Zoom apps come complete or not at all: half a configuration would fail only when someone connects. */
function zoomConfigProblems(values: Record<VariableName, unknown>): string[] {
  const given = (name: VariableName) => values[name] !== undefined;
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
  const rows = (variables as readonly VariableDefinition[]).map(
    (variable) =>
      `| \`${variable.name}\` | ${variable.defaultText === undefined ? '—' : variable.defaultText} | ${variable.meaning} |`,
  );
  return ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
}
