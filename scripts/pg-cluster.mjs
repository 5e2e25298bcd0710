#!/usr/bin/env node
// A throwaway PostgreSQL cluster on 127.0.0.1 for tests and CI.
//   node scripts/pg-cluster.mjs start        prints DATABASE_URL=… and PG_CLUSTER_DIR=…
//   node scripts/pg-cluster.mjs stop <dir>   stops the cluster and removes its directory
// As root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
// PG_BIN overrides the directory of initdb and pg_ctl (default: the newest /usr/lib/postgresql/*/bin).
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findBinDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0)
    throw new Error('PostgreSQL binaries not found; set PG_BIN to the directory of pg_ctl');
  return path.join(root, versions[0], 'bin');
}

function postgresUser() {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function run(binary, args, user) {
  const binDir = findBinDir();
  execFileSync(path.join(binDir, binary), args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a cluster; returns `{ databaseUrl, dir }`. */
export async function startCluster() {
  const user = postgresUser();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'], user);
    const serverOptions = [
      `-p ${port}`,
      "-c listen_addresses='127.0.0.1'",
      `-c unix_socket_directories='${dir}'`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    run(
      'pg_ctl',
      ['-D', dataDir, '-o', serverOptions, '-l', path.join(dir, 'server.log'), '-w', 'start'],
      user,
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Starting PostgreSQL failed: ${error.stderr?.toString() ?? error.message}`);
  }
  return { databaseUrl: `postgres://postgres@127.0.0.1:${port}/postgres`, dir };
}

/** Stops the cluster in `dir` (immediately) and removes the directory. */
export function stopCluster(dir) {
  try {
    run('pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop'], postgresUser());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs one vitest project on PostgreSQL: DATABASE_URL when set, otherwise a throwaway cluster that is removed
 * afterwards. Extra arguments go to vitest; resolves to vitest's exit code. `npm run test:pg` and
 * `npm run test:crash` both run this way.
 */
export async function runVitestOnPostgres(project, label, vitestArgs) {
  const cluster = process.env.DATABASE_URL ? undefined : await startCluster();
  const databaseUrl = process.env.DATABASE_URL ?? cluster.databaseUrl;
  console.log(`Running ${label} on PostgreSQL (${new URL(databaseUrl).host})`);
  const vitest = spawn('npx', ['vitest', 'run', '--project', project, ...vitestArgs], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const forward = (signal) => vitest.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const exitCode = await new Promise((resolve) =>
    vitest.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  if (cluster) stopCluster(cluster.dir);
  return exitCode;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const cluster = await startCluster();
    console.log(`DATABASE_URL=${cluster.databaseUrl}`);
    console.log(`PG_CLUSTER_DIR=${cluster.dir}`);
  } else if (command === 'stop' && dir) {
    stopCluster(dir);
  } else {
    console.error('usage: node scripts/pg-cluster.mjs start | stop <PG_CLUSTER_DIR>');
    process.exit(2);
  }
}
