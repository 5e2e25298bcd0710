#!/usr/bin/env node
// Builds the web app (apps/web/dist) that the server serves.
//
//   node scripts/build-web.mjs             always rebuilds (before browser tests)
//   node scripts/build-web.mjs --if-stale  only when the build is missing or older than its sources, so
//                                          that `npm start` on a fresh clone serves the UI without a
//                                          separate build command
//
// Every text file of the build also gets a `.br` and a `.gz` beside it, compressed once here at the highest
// levels, so that the server sends them as they are (Content-Encoding) instead of compressing per request.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isBuildCurrent } from './is-build-current.mjs';

const webDir = join(import.meta.dirname, '..', 'apps', 'web');
const distIndex = join(webDir, 'dist', 'index.html');

if (!existsSync(join(webDir, 'vite.config.ts'))) {
  console.log('[parley] apps/web has no vite.config.ts yet; skipping the web build.');
  process.exit(0);
}
const contractDir = join(webDir, '..', '..', 'packages', 'api-contract');
const sources = [
  ...['src', 'index.html', 'vite.config.ts', 'package.json'].map((name) => join(webDir, name)),
  // The web app imports the API contract's values and types.
  join(contractDir, 'src'),
];
if (!process.argv.includes('--if-stale') || !isBuildCurrent(distIndex, sources)) {
  console.log('[parley] Building the web app (apps/web/dist)…');
  const result = spawnSync('npm', ['run', 'build', '-w', '@parley/web'], { stdio: 'inherit' });
  if (result.status !== 0) {
    // Vite can write most of a build before it fails (an unresolved import after a missing `npm install`);
    // without its index.html that half build never counts as current, so the next start builds again.
    rmSync(distIndex, { force: true });
    process.exit(result.status ?? 1);
  }
  precompress(join(webDir, 'dist'));
}

/** Writes `<file>.br` and `<file>.gz` for every compressible file under `directory` where it saves bytes. */
function precompress(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const file = join(directory, entry.name);
    if (entry.isDirectory()) precompress(file);
    else if (/\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/.test(entry.name)) {
      const content = readFileSync(file);
      const brotli = brotliCompressSync(content, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
      });
      const gzip = gzipSync(content, { level: 9 });
      if (brotli.length < content.length) writeFileSync(`${file}.br`, brotli);
      if (gzip.length < content.length) writeFileSync(`${file}.gz`, gzip);
    }
  }
}
