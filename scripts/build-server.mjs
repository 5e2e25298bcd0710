#!/usr/bin/env node
// Bundles the server that `npm start` runs: apps/server/src/main.ts, the workspace packages and the
// libraries they use → apps/server/dist/main.mjs (+ chunks loaded on demand). One minified file loads in
// a fraction of the time of ~1,000 separate modules compiled by tsx, and keeps less source in memory
// (see "Start-up time and memory" in docs/operations.md).
//
//   node scripts/build-server.mjs             always rebuilds
//   node scripts/build-server.mjs --if-stale  only when a source, a manifest or the lock file is newer
//
// A server already running from apps/server/dist keeps working during a rebuild: chunk names carry a
// content hash, main.mjs is replaced by a rename, and the previous build's chunks are kept until the next.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { isBuildCurrent } from './is-build-current.mjs';

const repoRoot = join(import.meta.dirname, '..');
const serverDir = join(repoRoot, 'apps', 'server');
const distDir = join(serverDir, 'dist');
const entry = join(distDir, 'main.mjs');
const manifestFile = join(distDir, 'build-manifest.json');

/**
 * Left to Node's resolver: PGlite loads its WebAssembly and data files from its own folder, swagger-ui
 * serves the files of its package, pg-native is an optional native module that pg asks for in a try block,
 * and mailparser is a CommonJS module imported on demand by name (`await import('mailparser')`), whose
 * named exports only Node's own CommonJS loader provides.
 */
const external = ['@electric-sql/pglite', '@fastify/swagger-ui', 'pg-native', 'mailparser'];

/** Bundled CommonJS libraries expect `require`, `__filename` and `__dirname`; an ES module has none. */
const banner = [
  "import { createRequire as __parleyCreateRequire } from 'node:module';",
  "import { fileURLToPath as __parleyFileURLToPath } from 'node:url';",
  'const require = __parleyCreateRequire(import.meta.url);',
  'const __filename = __parleyFileURLToPath(import.meta.url);',
  "const __dirname = __parleyFileURLToPath(new URL('.', import.meta.url));",
].join(' ');

/** What the bundle is built from: a change to any of these makes `--if-stale` rebuild. */
function bundleSources() {
  const packagesDir = join(repoRoot, 'packages');
  return [
    join(serverDir, 'src'),
    join(serverDir, 'package.json'),
    join(repoRoot, 'package-lock.json'),
    join(repoRoot, 'scripts', 'build-server.mjs'),
    ...readdirSync(packagesDir).flatMap((name) => [
      join(packagesDir, name, 'src'),
      join(packagesDir, name, 'package.json'),
    ]),
  ];
}

function readManifest() {
  try {
    return JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return { files: [] };
  }
}

async function buildServer() {
  const partialDir = join(serverDir, `dist.partial-${process.pid}`);
  rmSync(partialDir, { recursive: true, force: true });
  try {
    await build({
      entryPoints: [join(serverDir, 'src', 'main.ts')],
      outdir: partialDir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outExtension: { '.js': '.mjs' },
      external: external.flatMap((name) => [name, `${name}/*`]),
      // Whitespace and syntax only: identifiers stay readable in stack traces and logs.
      minifyWhitespace: true,
      minifySyntax: true,
      // Licence comments go to *.LEGAL.txt beside the bundle. They hold non-ASCII names, and one non-ASCII
      // character makes V8 keep the whole source as two-byte text (several MB more memory).
      legalComments: 'external',
      banner: { js: banner },
      logLevel: 'warning',
    });
    mkdirSync(distDir, { recursive: true });
    const previous = readManifest();
    const files = readdirSync(partialDir);
    // Chunks first, the entry point last: a start in between still finds every chunk it names.
    for (const name of files.filter((file) => file !== 'main.mjs')) {
      renameSync(join(partialDir, name), join(distDir, name));
    }
    renameSync(join(partialDir, 'main.mjs'), entry);
    const keep = new Set([...files, ...previous.files, 'build-manifest.json']);
    for (const name of readdirSync(distDir)) {
      if (!keep.has(name)) rmSync(join(distDir, name), { recursive: true, force: true });
    }
    writeFileSync(manifestFile, `${JSON.stringify({ files }, null, 2)}\n`);
  } finally {
    rmSync(partialDir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--if-stale') && isBuildCurrent(entry, bundleSources())) process.exit(0);
console.log(`[parley] Bundling the server (${relative(repoRoot, entry)})…`);
try {
  await buildServer();
} catch (error) {
  // esbuild has already printed each problem with its file and line.
  console.error(`[parley] The server bundle could not be built: ${error.message.split('\n')[0]}`);
  process.exit(1);
}
