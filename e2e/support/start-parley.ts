import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Parley server started as a real child process (`npm start`'s command) for browser tests. */
export interface RunningParley {
  url: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

export const DEMO_PASSWORD = 'e2e-demo-password';
const repoRoot = join(import.meta.dirname, '..', '..');

/**
 * The node arguments of `npm start` (package.json), e.g. `--optimize-for-size apps/server/dist/main.mjs`:
 * browser tests and the start-up benchmark run exactly what a user runs. The bundle must be built
 * (`npm run test:e2e` and the benchmark do that first).
 */
export function npmStartArguments(): string[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const [command, ...args] = manifest.scripts.start.split(/\s+/);
  if (command !== 'node') throw new Error(`npm start runs "${command}", not node: update npmStartArguments`);
  return args;
}

/** Asks the kernel for a free TCP port on 127.0.0.1. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Parley exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Parley did not become ready within 60 s:\n${output()}`);
}

/**
 * Starts Parley on a fresh data directory (embedded PGlite, or `DATABASE_URL` when set) with a fixed demo
 * password, and resolves once `/readyz` answers 200.
 */
export async function startParley(env: Record<string, string> = {}): Promise<RunningParley> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, npmStartArguments(), {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      DEMO_PASSWORD,
      LOG_LEVEL: 'warn',
      ZOOM_EMULATOR_PORT: '0',
      // Admin incidents are e-mailed at once, so a test reads the mailbox without waiting for a digest.
      NOTIFICATION_DIGEST_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  const output = () => log;
  await waitForReady(url, child, output);
  return {
    url,
    dataDir,
    output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
