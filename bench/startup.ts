/**
 * Start-up benchmark: time from process start to `/readyz` ok on an empty DATA_DIR and on an existing one,
 * and the resident memory after start. Prints each measurement against its target as a ratio.
 * It measures exactly what `npm start` runs: the `prestart` builds first (not timed), then the `start`
 * command from package.json. Run: `npm run bench:startup`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, npmStartArguments } from '../e2e/support/start-parley.ts';

const repoRoot = join(import.meta.dirname, '..');

interface StartMeasurement {
  readyMs: number;
  rssMb: number;
}

function readRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kilobytes / 1024;
}

async function measureStart(dataDir: string): Promise<StartMeasurement> {
  const port = await findFreePort();
  const started = performance.now();
  const child = spawn(process.execPath, npmStartArguments(), {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((response) => response.ok)
        .catch(() => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const readyMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { readyMs, rssMb: readRssMb(child.pid ?? 0) };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

function report(label: string, value: number, unit: string, target: number): boolean {
  const ratio = value / target;
  const verdict = ratio <= 1 ? 'ok' : 'OVER TARGET';
  console.log(
    `${label.padEnd(34)} ${value.toFixed(0).padStart(6)} ${unit}  target ${target} ${unit}  ratio ${ratio.toFixed(2)}  ${verdict}`,
  );
  return ratio <= 1;
}

const prestart = spawnSync('npm', ['run', 'prestart'], { cwd: repoRoot, stdio: 'inherit' });
if (prestart.status !== 0) throw new Error('npm run prestart failed');
console.log(`npm start runs: node ${npmStartArguments().join(' ')}`);

const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-startup-'));
try {
  const fresh = await measureStart(dataDir);
  const existing = await measureStart(dataDir);
  const results = [
    report('start to ready, empty DATA_DIR', fresh.readyMs, 'ms', 5000),
    report('start to ready, existing DATA_DIR', existing.readyMs, 'ms', 2000),
    report('RSS after start', existing.rssMb, 'MB', 150),
  ];
  if (results.includes(false)) process.exitCode = 1;
  console.log(
    `bench startup: empty_ready_ms=${fresh.readyMs.toFixed(0)} existing_ready_ms=${existing.readyMs.toFixed(0)} rss_mb=${existing.rssMb.toFixed(0)} target <5000 <2000 <150 ${results.includes(false) ? 'MISSED' : 'ok'}`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
