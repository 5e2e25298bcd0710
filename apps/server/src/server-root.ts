import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `apps/server` folder, found by walking up from this module to the package.json named
 * `@parley/server`. The same answer whether the server runs from its TypeScript sources (tests, `npm run
 * dev`) or from the bundle in `apps/server/dist` (`npm start`), so files next to the sources
 * (migrations, the PGlite init script) and the web build are found from both.
 */
export const serverRoot = findServerRoot(path.dirname(fileURLToPath(import.meta.url)));

function findServerRoot(start: string): string {
  for (let directory = start; ; directory = path.dirname(directory)) {
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest) && isServerManifest(manifest)) return directory;
    if (path.dirname(directory) === directory) {
      throw new Error(`apps/server/package.json not found above ${start}`);
    }
  }
}

function isServerManifest(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === '@parley/server';
  } catch {
    return false;
  }
}

/** The repository root (two levels above `apps/server`). */
export const repoRoot = path.resolve(serverRoot, '..', '..');
