// `npm start`: configuration from the environment, then a running Parley until SIGTERM or SIGINT.
// Only config.ts is imported up front: the database starts opening (PGlite boots, or a new data
// directory is created in a child process) while the rest of the server's modules load.
import { type Config, ConfigError, loadConfig } from './config.ts';
import type { RunningServer } from './start-server.ts';

const shutdownTimeoutMs = 15_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const database = import('./db/open-database.ts').then(({ openDatabase }) => openDatabase(config));
  // Not awaited yet: a failure surfaces through startServer, which awaits it.
  database.catch(() => {});
  const { startServer } = await import('./start-server.ts');
  const server = await startServer(config, { database });
  console.log(
    `Parley is running at ${config.port === 0 ? server.listeningUrl : config.publicUrl} — ${await signInHint(config, server)}`,
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    server.services.logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), shutdownTimeoutMs).unref();
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function signInHint(config: Config, server: RunningServer): Promise<string> {
  const { demoAccounts } = await import('./accounts/seed-demo-organization.ts');
  const { needsFirstAdmin } = await import('./start-server.ts');
  if (await needsFirstAdmin(server.services.database)) {
    return 'create the first admin with: npm run parley -- create-admin --email … --name … --organization …';
  }
  if (!config.seedDemo) return 'sign in with your account.';
  const emails = demoAccounts.map((account) => account.email).join(', ');
  if (server.seed?.generatedPassword) {
    return `sign in as ${emails} with the password ${server.seed.generatedPassword} (shown once; set DEMO_PASSWORD to choose one).`;
  }
  if (config.demoPassword) return `sign in as ${emails} with the password in DEMO_PASSWORD.`;
  return `sign in as ${emails} with the password shown at the first start (set DEMO_PASSWORD to replace it).`;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Parley could not start:', error);
  process.exit(1);
});
