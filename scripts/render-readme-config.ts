/**
 * Writes the configuration table (rendered from the server's config definitions) into README.md between
 * the `config-table` markers, so the README always lists every environment variable.
 * Run: `node --import tsx scripts/render-readme-config.ts`. A unit test fails when the README is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderConfigurationTable } from '../apps/server/src/config.ts';

const readmePath = join(import.meta.dirname, '..', 'README.md');
const start = '<!-- config-table:start -->';
const end = '<!-- config-table:end -->';

/** The README text with the current configuration table between the markers. */
export function withCurrentConfigTable(readme: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error('README.md lacks the config-table markers');
  return `${readme.slice(0, from + start.length)}\n${renderConfigurationTable()}\n${readme.slice(to)}`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  writeFileSync(readmePath, withCurrentConfigTable(readFileSync(readmePath, 'utf8')));
  console.log('README.md configuration table updated.');
}
