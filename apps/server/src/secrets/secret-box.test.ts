import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from './secret-box.ts';

describe('secret box', () => {
  const box = createSecretBox(randomBytes(32));

  it('opens what it sealed, and the sealed form does not contain the secret', () => {
    const sealed = box.seal('invitation-token-123');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('invitation-token-123');
    expect(box.open(sealed)).toBe('invitation-token-123');
  });

  it('refuses altered text and text sealed with another key', () => {
    const sealed = box.seal('secret');
    const altered = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(() => box.open(altered)).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow();
  });
});
