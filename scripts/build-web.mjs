#!/usr/bin/env node
// Builds the web app (apps/web/dist) that the server serves.
//
//   node scripts/build-web.mjs             always rebuilds (before browser tests)
//   node scripts/build-web.mjs --if-stale  only when the build is missing or older than its sources, so
//                                          that `npm start` on a fresh clone serves the UI without a
//                                          separate build command
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isBuildCurrent } from './is-build-current.mjs';

const webDir = join(import.meta.dirname, '..', 'apps', 'web');
const distIndex = join(webDir, 'dist', 'index.html');

if (!existsSync(join(webDir, 'vite.config.ts'))) {
  console.log('[parley] apps/web has no vite.config.ts yet; skipping the web build.');
  process.exit(0);
}
const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((name) => join(webDir, name));
if (!process.argv.includes('--if-stale') || !isBuildCurrent(distIndex, sources)) {
  console.log('[parley] Building the web app (apps/web/dist)…');
  const result = spawnSync('npm', ['run', 'build', '-w', '@parley/web'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
