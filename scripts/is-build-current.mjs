// Whether a build output is newer than everything it is built from: `builtFile` exists and no file in
// `sources` (files or folders, searched without node_modules and dist; missing ones ignored) was changed
// after it. Used by build-web.mjs and build-server.mjs for `--if-stale`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

export function isBuildCurrent(builtFile, sources) {
  if (!existsSync(builtFile)) return false;
  const builtAt = statSync(builtFile).mtimeMs;
  return sources.every((source) => newestMtime(source) <= builtAt);
}
