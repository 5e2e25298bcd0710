import { createHash } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Unix socket paths are limited to about 107 bytes. */
const maxSocketPathLength = 100;

/**
 * PGlite is a single-process database: two processes on one data directory would corrupt it. The lock is
 * a Unix socket the owner listens on. The kernel closes it when the owner dies, however it dies, so a
 * lock left by `kill -9` is recognised as stale (nobody answers) and taken over, without trusting pids,
 * which containers reuse across restarts.
 */
export async function lockDataDir(dataDir: string): Promise<{ release(): Promise<void> }> {
  const socketPath = lockSocketPath(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    const server = await listenOn(socketPath).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      return undefined;
    });
    if (server) {
      server.unref();
      return { release: () => new Promise((resolve) => server.close(() => resolve())) };
    }
    if (await isAnswering(socketPath)) {
      throw new Error(
        `The data directory ${dataDir} is in use by another Parley process. Stop that process first, or set ` +
          'DATA_DIR to another directory (PGlite allows one process per directory).',
      );
    }
    await unlink(socketPath).catch(() => {});
  }
  throw new Error(`Could not lock the data directory ${dataDir}`);
}

function lockSocketPath(dataDir: string): string {
  const inDataDir = path.join(dataDir, 'parley.lock');
  if (inDataDir.length <= maxSocketPathLength) return inDataDir;
  const digest = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 24);
  return path.join(os.tmpdir(), `parley-${digest}.lock`);
}

function listenOn(socketPath: string): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((connection) => connection.end());
    server.once('error', reject);
    server.listen(socketPath, () => resolve(server));
  });
}

function isAnswering(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const connection = net.connect(socketPath);
    connection.once('connect', () => {
      connection.destroy();
      resolve(true);
    });
    connection.once('error', () => resolve(false));
  });
}
