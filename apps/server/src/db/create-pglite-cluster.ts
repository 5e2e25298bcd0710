import { spawn } from 'node:child_process';
import { access, cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot, serverRoot } from '../server-root.ts';

/**
 * Fresh clusters are copied from a template made once per PGlite version and kept with the installed
 * packages (`node_modules/.cache/parley`). initdb in WebAssembly takes seconds; a copy takes a fraction
 * of one, so every new data directory after the first starts quickly (tests, browser tests, new installs).
 */
const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'parley');

/** Creates a PGlite cluster in `clusterDir` unless it holds one. A crash midway leaves no half cluster. */
export async function ensurePgliteCluster(clusterDir: string): Promise<void> {
  if (await exists(path.join(clusterDir, 'PG_VERSION'))) return;
  const partialDir = `${clusterDir}.partial-${process.pid}`;
  await rm(partialDir, { recursive: true, force: true });
  const template = await ensurePgliteTemplate().catch(() => undefined);
  if (template) {
    await cp(template, partialDir, { recursive: true });
  } else {
    // No writable cache (read-only install): create this cluster directly.
    await initClusterInChildProcess(partialDir);
  }
  await rm(clusterDir, { recursive: true, force: true });
  await rename(partialDir, clusterDir);
}

/**
 * Creates the template cluster for the installed PGlite version unless it exists; returns its folder.
 * `npm install` calls this (scripts/prepare-pglite-template.mjs), so that even the first start is quick.
 */
export async function ensurePgliteTemplate(): Promise<string> {
  const templateDir = path.join(cacheDir, `pglite-${await pgliteVersion()}-cluster`);
  if (await exists(path.join(templateDir, 'PG_VERSION'))) return templateDir;
  await mkdir(cacheDir, { recursive: true });
  const partialDir = `${templateDir}.partial-${process.pid}`;
  await rm(partialDir, { recursive: true, force: true });
  await initClusterInChildProcess(partialDir);
  // Another process may have finished its template first; then this one is dropped.
  await rename(partialDir, templateDir).catch(() => rm(partialDir, { recursive: true, force: true }));
  return templateDir;
}

async function pgliteVersion(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  let directory = path.dirname(entry);
  while (!(await exists(path.join(directory, 'package.json')))) directory = path.dirname(directory);
  return (JSON.parse(await readFile(path.join(directory, 'package.json'), 'utf8')) as { version: string })
    .version;
}

async function initClusterInChildProcess(targetDir: string): Promise<void> {
  const script = path.join(serverRoot, 'src', 'db', 'init-pglite-data-dir.mjs');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [script, targetDir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Creating the PGlite database failed (exit ${code}): ${stderr}`)),
    );
  });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
