import { hostLabel } from '@parley/api-contract';
import { describe, expect, it } from 'vitest';
import { zoomUserName } from './zoom-labels.ts';

const adam = { firstName: 'Adam', lastName: 'Alvarez', email: 'admin@acme.test' };

describe('Zoom user names', () => {
  it("composes a default host label in each language's name order", () => {
    expect(hostLabel({ ...adam, customLabel: null }, 'en')).toBe('Adam Alvarez <admin@acme.test>');
    expect(hostLabel({ ...adam, customLabel: null }, 'de')).toBe('Adam Alvarez <admin@acme.test>');
    expect(hostLabel({ ...adam, customLabel: null }, 'ja')).toBe('Alvarez Adam <admin@acme.test>');
    expect(
      hostLabel({ firstName: ' ', lastName: '', email: 'room@acme.test', customLabel: null }, 'ja'),
    ).toBe('<room@acme.test>');
  });

  it('shows a custom host label as typed in every language', () => {
    expect(hostLabel({ ...adam, customLabel: 'Interview room A' }, 'ja')).toBe('Interview room A');
  });

  it("names a Zoom user in the language's name order, or by email without a name", () => {
    expect(zoomUserName({ firstName: 'Jane', lastName: 'Doe', email: 'jane@acme.test' }, 'en')).toBe(
      'Jane Doe',
    );
    expect(zoomUserName({ firstName: 'Jane', lastName: 'Doe', email: 'jane@acme.test' }, 'ja')).toBe(
      'Doe Jane',
    );
    expect(zoomUserName({ firstName: '', lastName: '', email: 'jane@acme.test' }, 'de')).toBe(
      'jane@acme.test',
    );
  });
});
