import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * PGlite is a single-process database: two processes on one data directory would corrupt it. A lock file
 * with the owner's pid guards it; a lock left by a process that no longer runs (kill -9) is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<{ release(): Promise<void> }> {
  const lockPath = path.join(dataDir, 'parley.pid');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lockPath, String(process.pid), { flag: 'wx' });
      return { release: () => unlink(lockPath).catch(() => {}) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
      throw new Error(
        `The data directory ${dataDir} is in use by process ${owner}. Stop that process first, or set ` +
          'DATA_DIR to another directory (PGlite allows one process per directory).',
      );
    }
    await unlink(lockPath).catch(() => {});
  }
  throw new Error(`Could not lock the data directory ${dataDir}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
