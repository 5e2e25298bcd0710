import { describe, expect, it } from 'vitest';
import { defaultHostLabel, zoomUserName } from './zoom-labels.ts';

describe('Zoom user names', () => {
  it('forms the default host label "Last First <email>" like the server', () => {
    expect(defaultHostLabel({ firstName: 'Hana', lastName: 'Tanaka', email: 'hana@acme.test' })).toBe(
      'Tanaka Hana <hana@acme.test>',
    );
    expect(defaultHostLabel({ firstName: ' ', lastName: '', email: 'room@acme.test' })).toBe(
      '<room@acme.test>',
    );
  });

  it('names a Zoom user family name first, or by email without a name', () => {
    expect(zoomUserName({ firstName: 'Jane', lastName: 'Doe', email: 'jane@acme.test' })).toBe('Doe Jane');
    expect(zoomUserName({ firstName: '', lastName: '', email: 'jane@acme.test' })).toBe('jane@acme.test');
  });
});
