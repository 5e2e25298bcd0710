import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Config } from '../config.ts';
import { loadEncryptionKey } from '../secrets/encryption-key.ts';
import { openPgliteDatabase } from './pglite-database.ts';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'parley-private-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function permissions(directory: string): Promise<string> {
  return ((await stat(directory)).mode & 0o777).toString(8);
}

describe('the data directory is readable by the server’s user only', () => {
  it('creates DATA_DIR and DATA_DIR/pglite with 0700', async () => {
    const dataDir = path.join(scratch, 'fresh', 'data');
    const database = await openPgliteDatabase(dataDir);
    await database.close();
    expect(await permissions(dataDir)).toBe('700');
    expect(await permissions(path.join(dataDir, 'pglite'))).toBe('700');
  });

  it('tightens existing world-readable folders (0755) on start', async () => {
    const dataDir = path.join(scratch, 'existing');
    const first = await openPgliteDatabase(dataDir);
    await first.close();
    await chmod(dataDir, 0o755);
    await chmod(path.join(dataDir, 'pglite'), 0o755);
    const again = await openPgliteDatabase(dataDir);
    await again.close();
    expect(await permissions(dataDir)).toBe('700');
    expect(await permissions(path.join(dataDir, 'pglite'))).toBe('700');
  });

  it('creates the folder of the encryption key with 0700', async () => {
    const dataDir = path.join(scratch, 'key-only');
    await loadEncryptionKey({ dataDir } as Config);
    expect(await permissions(dataDir)).toBe('700');
  });
});
