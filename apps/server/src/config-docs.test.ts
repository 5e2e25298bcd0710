import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCurrentConfigTable } from '../../../scripts/render-readme-config.ts';

describe('README configuration table', () => {
  it('lists every environment variable the server reads (run scripts/render-readme-config.ts to update)', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
    expect(readme).toBe(withCurrentConfigTable(readme));
  });
});
