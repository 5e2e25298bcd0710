import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { EmulatorLogger } from '../emulator-context.ts';
import { startZoomEmulator } from '../start-zoom-emulator.ts';

const USAGE = `Usage: parley-zoom-emulator [--port 9090] [--host 127.0.0.1] [--seed file.json] [--webhook-url URL]
                            [--public-url URL] [--test-mode] [--no-rate-limits]

Runs the Zoom emulator: OAuth on /oauth/*, REST on /v2/*, control API and page on /_emulator/.`;

/** Parses the command line; throws with a usage message on bad input. */
export function parseCliArguments(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '9090' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string' },
      'webhook-url': { type: 'string' },
      'public-url': { type: 'string' },
      'test-mode': { type: 'boolean', default: false },
      'no-rate-limits': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be 0-65535\n\n${USAGE}`);
  return {
    help: values.help,
    port,
    host: values.host,
    seedFile: values.seed,
    webhookUrl: values['webhook-url'],
    publicUrl: values['public-url'],
    testMode: values['test-mode'],
    rateLimits: !values['no-rate-limits'],
  };
}

const consoleLogger: EmulatorLogger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

/** Entry point of the `parley-zoom-emulator` command. */
export async function runCli(argv: string[]): Promise<void> {
  let options: ReturnType<typeof parseCliArguments>;
  try {
    options = parseCliArguments(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const seed = options.seedFile ? (JSON.parse(readFileSync(options.seedFile, 'utf8')) as unknown) : 'default';
  const emulator = await startZoomEmulator({
    port: options.port,
    host: options.host,
    seed: seed as never,
    webhookUrl: options.webhookUrl,
    publicUrl: options.publicUrl,
    testMode: options.testMode,
    rateLimits: options.rateLimits,
    logger: consoleLogger,
  });
  console.log(
    `Set ZOOM_OAUTH_URL and ZOOM_API_URL to ${emulator.url}; control page: ${emulator.url}/_emulator/`,
  );
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
