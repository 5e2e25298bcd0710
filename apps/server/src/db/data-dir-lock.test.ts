import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnTsProcess } from '../test/spawn-ts-process.ts';
import { lockDataDir } from './data-dir-lock.ts';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-lock-'));
});

afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('data directory lock', () => {
  it('keeps a second owner out until the first releases it', async () => {
    const first = await lockDataDir(dataDir);
    await expect(lockDataDir(dataDir)).rejects.toThrow(/is in use by another Parley process/);
    await first.release();
    const second = await lockDataDir(dataDir);
    await second.release();
  });

  it('is taken over when its owner was killed with SIGKILL', async () => {
    const holder = spawnTsProcess(new URL('./test-fixtures/hold-data-dir-lock.ts', import.meta.url), {}, [
      dataDir,
    ]);
    await holder.waitForLine(/^locked$/);
    await expect(lockDataDir(dataDir)).rejects.toThrow(/in use/);
    holder.child.kill('SIGKILL');
    await holder.exited;
    const lock = await lockDataDir(dataDir);
    await lock.release();
  });
});
