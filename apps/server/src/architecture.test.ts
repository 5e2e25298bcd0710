import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The server's map, enforced: which folder may import which (docs/architecture.md explains each layer).
 * A unit is a first-level folder under `src/` (`accounts`), a wing of a domain that has wings
 * (`zoom/directory`), or a file at the root of `src/` (`config.ts`). A unit may import units of its own
 * layer or a lower one, and no two units may import each other, directly or around a loop: a loop means
 * neither side can be read, tested or moved alone.
 *
 * Folders not listed are domains (layer 3), so `recruiting/`, `interviews/` and `selection-events/` need no
 * entry here. Tests and their support folders (`test/`, `testing/`, `test-fixtures/`) are left out: a test
 * may drive the whole app.
 */
const layers: Record<string, number> = {
  // 0 foundation: knows no domain.
  'config.ts': 0,
  'logger.ts': 0,
  'server-root.ts': 0,
  'actor.ts': 0,
  errors: 0,
  secrets: 0,
  db: 0,
  i18n: 0,
  jobs: 0,
  metrics: 0,
  // 1 services every domain uses.
  mail: 1,
  audit: 1,
  changes: 1,
  'zoom/shared': 1,
  // 2 the one services object the domains take a `Pick<>` of.
  'services.ts': 2,
  // 3 domains (the default).
  // 4 the edges that call into domains: HTTP routes and the job registry.
  http: 4,
  'all-jobs.ts': 4,
  // 5 start-up and entry points.
  'start-server.ts': 5,
  'main.ts': 5,
  'cli.ts': 5,
  'app.ts': 5,
};
const domainLayer = 3;
/** Domains big enough to be split into wings; each wing is a unit of its own. */
const wingedDomains = new Set(['zoom', 'notifications', 'recruiting', 'interviews']);
const testSupportFolders = new Set(['test', 'testing', 'test-fixtures']);

const sourceRoot = path.dirname(fileURLToPath(import.meta.url));

/** One import between two units, with the file that makes it (for the failure message). */
interface UnitImport {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

function unitOf(relativeFile: string): string {
  const parts = relativeFile.split('/');
  const [first, second] = parts;
  if (parts.length === 1 || first === undefined) return relativeFile;
  if (wingedDomains.has(first) && parts.length > 2 && second !== undefined) return `${first}/${second}`;
  return first;
}

function layerOf(unit: string): number {
  return layers[unit] ?? domainLayer;
}

function listSourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return testSupportFolders.has(entry.name) ? [] : listSourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every import of one unit by another in `src/` (type-only imports too: they bind the folders as much). */
export function collectUnitImports(root: string): UnitImport[] {
  const unitImports: UnitImport[] = [];
  for (const file of listSourceFiles(root)) {
    const relativeFile = path.relative(root, file).split(path.sep).join('/');
    const from = unitOf(relativeFile);
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const specifier = match[1] as string;
      const target = path
        .relative(root, path.resolve(path.dirname(file), specifier))
        .split(path.sep)
        .join('/');
      if (target.startsWith('..')) continue;
      const to = unitOf(target);
      if (to !== from) unitImports.push({ from, to, file: relativeFile, specifier });
    }
  }
  return unitImports;
}

/** The import loops between units: each strongly connected group of two or more units (Tarjan). */
export function findImportLoops(unitImports: readonly UnitImport[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of unitImports) {
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)?.add(to);
  }
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (unit: string) => {
    index.set(unit, index.size);
    lowLink.set(unit, index.get(unit) as number);
    stack.push(unit);
    onStack.add(unit);
    for (const next of edges.get(unit) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(unit, Math.min(lowLink.get(unit) as number, lowLink.get(next) as number));
      } else if (onStack.has(next)) {
        lowLink.set(unit, Math.min(lowLink.get(unit) as number, index.get(next) as number));
      }
    }
    if (lowLink.get(unit) !== index.get(unit)) return;
    const group: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      group.push(member);
      if (member === unit) break;
    }
    if (group.length > 1) loops.push(group.sort());
  };
  for (const unit of edges.keys()) if (!index.has(unit)) visit(unit);
  return loops;
}

function describeLoop(loop: readonly string[], unitImports: readonly UnitImport[]): string {
  const members = new Set(loop);
  const inside = unitImports.filter(({ from, to }) => members.has(from) && members.has(to));
  const examples = [...new Map(inside.map((edge) => [`${edge.from}→${edge.to}`, edge])).values()];
  return [
    `loop between ${loop.join(', ')}:`,
    ...examples.map(({ from, to, file, specifier }) => `  ${from} → ${to} (${file} imports ${specifier})`),
  ].join('\n');
}

describe('the server’s folders', () => {
  const unitImports = collectUnitImports(sourceRoot);

  it('import each other without a loop', () => {
    const loops = findImportLoops(unitImports).map((loop) => describeLoop(loop, unitImports));
    expect(loops.join('\n')).toBe('');
  });

  it('import only their own layer or a lower one', () => {
    const upward = unitImports
      .filter(({ from, to }) => layerOf(to) > layerOf(from))
      .map(
        ({ from, to, file, specifier }) =>
          `${from} (layer ${layerOf(from)}) imports ${to} (layer ${layerOf(to)}): ${file} → ${specifier}`,
      );
    expect(upward.join('\n')).toBe('');
  });

  it('finds a loop and an upward import when there is one (the check itself works)', () => {
    const planted: UnitImport[] = [
      { from: 'accounts', to: 'jobs', file: 'accounts/invite-user.ts', specifier: '../jobs/x.ts' },
      { from: 'jobs', to: 'accounts', file: 'jobs/x.ts', specifier: '../accounts/y.ts' },
      { from: 'zoom/directory', to: 'zoom/access', file: 'zoom/directory/a.ts', specifier: '../access/b.ts' },
    ];
    expect(findImportLoops(planted)).toEqual([['accounts', 'jobs']]);
    expect(unitOf('zoom/directory/sync-zoom-rooms.ts')).toBe('zoom/directory');
    expect(unitOf('config.ts')).toBe('config.ts');
    expect(layerOf('jobs')).toBeLessThan(layerOf('accounts'));
  });
});
