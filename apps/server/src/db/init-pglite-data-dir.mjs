// Creates a PGlite data directory and exits: `node init-pglite-data-dir.mjs <new directory>`.
// It runs in a child process because initdb in WebAssembly touches about 700 MB that a long-running
// server would otherwise keep. The cluster is created in memory, which is faster than PGlite's on-disk
// path, and its files are written out from PGlite's (uncompressed, ustar) dump.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import { PGlite } from '@electric-sql/pglite';

// Baseline compilation only: faster to start, and this process is short-lived.
v8.setFlagsFromString('--liftoff-only');

const targetDir = process.argv[2];
if (!targetDir) {
  console.error('usage: init-pglite-data-dir.mjs <directory>');
  process.exit(2);
}

const pglite = await PGlite.create();
const dump = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
await pglite.close();
await extractUstar(dump, targetDir);

/** Writes the directories and regular files of a ustar archive below `root`. */
async function extractUstar(archive, root) {
  await mkdir(root, { recursive: true });
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) => header.toString('latin1', start, start + length).replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(0, 100);
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const target = path.join(root, path.normalize(`/${name}`));
    if (!target.startsWith(root)) throw new Error(`archive entry outside the target: ${name}`);
    offset += 512;
    if (type === '5') {
      await mkdir(target, { recursive: true });
    } else if (type === '0') {
      // A dump taken from a running instance carries its pid file; the new cluster must not.
      if (path.basename(target) !== 'postmaster.pid') {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, archive.subarray(offset, offset + size));
      }
    } else {
      throw new Error(`unsupported archive entry type ${JSON.stringify(type)} for ${name}`);
    }
    offset += Math.ceil(size / 512) * 512;
  }
}
