import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseZoneTab, renderModule } from '../../../../scripts/generate-time-zone-countries.ts';
import { countryByTimeZone } from './time-zone-countries.ts';

describe('the generated zone → country table', () => {
  it('is exactly what its generator writes for the same zones (regenerate it, do not edit it by hand)', () => {
    const committed = readFileSync(join(import.meta.dirname, 'time-zone-countries.ts'), 'utf8');
    // zone.tab's own shape: country, coordinates, zone, tab-separated; a comment line is skipped.
    const zoneTab = [
      '# tzdata zone.tab',
      ...[...countryByTimeZone].map(([zone, country]) => `${country}\t+0000+00000\t${zone}`),
    ].join('\n');
    expect(renderModule(parseZoneTab(zoneTab))).toBe(committed);
  });
});
