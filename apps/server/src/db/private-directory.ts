import { chmod, mkdir } from 'node:fs/promises';

/**
 * Creates `directory` readable by the server's own user only (0700), and tightens it when it already
 * exists with wider permissions. The data directory holds the database (with the development mailbox and
 * its invitation links) and the encryption key: no other account on the machine should read it.
 */
export async function ensurePrivateDirectory(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  await chmod(directory, 0o700);
}
