#!/usr/bin/env node
// `npm install` (postinstall): creates the template PGlite cluster in node_modules/.cache/parley that every
// new embedded database is copied from. initdb in WebAssembly takes about five seconds; done here, even the
// very first `npm start` on a new machine is ready in about two and a half. A failure is not fatal: the
// server then creates the template (or the cluster directly) at its first start.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..');
const module = join(repoRoot, 'apps', 'server', 'src', 'db', 'create-pglite-cluster.ts');
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--input-type=module',
    '--eval',
    `const { ensurePgliteTemplate } = await import(${JSON.stringify(module)}); await ensurePgliteTemplate();`,
  ],
  { cwd: repoRoot, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' },
);
if (result.status !== 0) {
  console.warn(
    `[parley] The embedded database template was not prepared (${(result.stderr || result.error?.message || '').trim().split('\n')[0]}); the first start creates it instead.`,
  );
}
