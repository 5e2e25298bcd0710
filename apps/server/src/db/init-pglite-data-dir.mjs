// Creates a PGlite data directory (initdb) and exits. It runs in a child process because initdb in
// WebAssembly touches about 500 MB that a long-running server would otherwise keep for its lifetime.
import v8 from 'node:v8';
import { PGlite } from '@electric-sql/pglite';

// Baseline compilation only: faster to start, and this process is short-lived.
v8.setFlagsFromString('--liftoff-only');

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: init-pglite-data-dir.mjs <directory>');
  process.exit(2);
}
const db = await PGlite.create(dataDir);
await db.close();
