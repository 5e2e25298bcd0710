#!/usr/bin/env node
// Builds the web app (apps/web/dist) that the server serves.
//
//   node scripts/build-web.mjs             always rebuilds (before browser tests)
//   node scripts/build-web.mjs --if-stale  only when the build is missing or older than its sources, so
//                                          that `npm start` on a fresh clone serves the UI without a
//                                          separate build command
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const webDir = join(import.meta.dirname, '..', 'apps', 'web');
const distIndex = join(webDir, 'dist', 'index.html');

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function isBuildCurrent() {
  if (!existsSync(distIndex)) return false;
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json']
    .map((name) => join(webDir, name))
    .filter((path) => existsSync(path));
  return sources.every((path) => newestMtime(path) <= statSync(distIndex).mtimeMs);
}

if (!existsSync(join(webDir, 'vite.config.ts'))) {
  console.log('[parley] apps/web has no vite.config.ts yet; skipping the web build.');
  process.exit(0);
}
if (!process.argv.includes('--if-stale') || !isBuildCurrent()) {
  console.log('[parley] Building the web app (apps/web/dist)…');
  const result = spawnSync('npm', ['run', 'build', '-w', '@parley/web'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
