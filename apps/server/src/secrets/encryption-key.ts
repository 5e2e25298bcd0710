import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Config, ConfigError } from '../config.ts';
import { ensurePrivateDirectory } from '../db/private-directory.ts';

const keyFileName = 'encryption.key';

/**
 * The key that encrypts secrets at rest. Taken from `ENCRYPTION_KEY` when set. Otherwise, in embedded
 * mode, read from `DATA_DIR/encryption.key`, which the first start creates with mode 0600. With
 * `DATABASE_URL` the key must be given: several instances share one database and so must share one key.
 */
export async function loadEncryptionKey(config: Config): Promise<Buffer> {
  if (config.encryptionKey) return config.encryptionKey;
  if (config.databaseUrl) {
    throw new ConfigError(
      'Invalid configuration:\n  ENCRYPTION_KEY: expected base64 of exactly 32 bytes; it is required when ' +
        'DATABASE_URL is set (create one with `openssl rand -base64 32`)',
    );
  }
  const keyPath = path.join(config.dataDir, keyFileName);
  const existing = await readFile(keyPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing !== undefined) {
    const key = Buffer.from(existing.trim(), 'base64');
    if (key.length !== 32) {
      throw new ConfigError(`${keyPath}: expected base64 of exactly 32 bytes; restore the file or remove it`);
    }
    return key;
  }
  const key = randomBytes(32);
  await ensurePrivateDirectory(config.dataDir);
  // `wx` fails if another process created the file meanwhile; then that key wins.
  try {
    await writeFile(keyPath, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadEncryptionKey(config);
    throw error;
  }
}
