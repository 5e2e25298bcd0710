import type { HostCandidate } from '@parley/api-contract';
import { describe, expect, it } from 'vitest';
import { hostChoices, initialHostSelection, isSameSelection, toggleHost } from './host-selection.ts';

const host = (zoomUserId: string, label: string): HostCandidate => ({
  id: `h-${zoomUserId}`,
  zoomUserId,
  email: `${zoomUserId}@acme.test`,
  firstName: 'Jane',
  lastName: 'Doe',
  label,
  customLabel: label,
  type: 2,
  status: 'active',
  isDefault: false,
  flag: null,
});

describe('host selection', () => {
  it('starts with the current hosts and keeps their labels when saved', () => {
    const selection = initialHostSelection([host('z1', 'Recruiting room'), host('z2', 'Doe Jane')], 'z1');
    expect(hostChoices(toggleHost(selection, 'z3', true))).toEqual([
      { zoomUserId: 'z1', label: 'Recruiting room' },
      { zoomUserId: 'z2', label: 'Doe Jane' },
      { zoomUserId: 'z3' },
    ]);
  });

  it('pre-selects the connecting Zoom user when nobody is chosen yet', () => {
    expect(hostChoices(initialHostSelection([], 'z-admin'))).toEqual([{ zoomUserId: 'z-admin' }]);
    expect(hostChoices(initialHostSelection([], null))).toEqual([]);
  });

  it('unselects without touching the other hosts, and reselecting does not lose a label', () => {
    const selection = initialHostSelection([host('z1', 'Label 1'), host('z2', 'Label 2')], null);
    const without = toggleHost(selection, 'z1', false);
    expect(hostChoices(without)).toEqual([{ zoomUserId: 'z2', label: 'Label 2' }]);
    expect(hostChoices(toggleHost(selection, 'z2', true))).toEqual(hostChoices(selection));
  });
});

describe('isSameSelection', () => {
  it('tells a changed selection (asks before discarding) from an untouched one', () => {
    const initial = initialHostSelection([host('a', 'A'), host('b', 'B')], null);
    expect(isSameSelection(toggleHost(toggleHost(initial, 'c', true), 'c', false), initial)).toBe(true);
    expect(isSameSelection(toggleHost(initial, 'c', true), initial)).toBe(false);
    expect(isSameSelection(toggleHost(toggleHost(initial, 'a', false), 'c', true), initial)).toBe(false);
  });
});
