import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from './secret-box.ts';

describe('secret box', () => {
  const box = createSecretBox(randomBytes(32));

  it('opens what it sealed, and the sealed form does not contain the secret', () => {
    const sealed = box.seal('invitation-token-123');
    expect(sealed).toMatch(/^v2\.[0-9a-f]{8}\./);
    expect(sealed).not.toContain('invitation-token-123');
    expect(box.open(sealed)).toBe('invitation-token-123');
    expect(box.isCurrent(sealed)).toBe(true);
  });

  it('refuses altered text and text sealed with another key', () => {
    const sealed = box.seal('secret');
    const altered = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(() => box.open(altered)).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow(/unknown key/);
  });

  it('opens values sealed with the previous key after a rotation and says they need re-sealing', () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const sealedBefore = createSecretBox(oldKey).seal('refresh-token');
    const rotated = createSecretBox(newKey, [oldKey]);
    expect(rotated.open(sealedBefore)).toBe('refresh-token');
    expect(rotated.isCurrent(sealedBefore)).toBe(false);
    const resealed = rotated.seal(rotated.open(sealedBefore));
    expect(rotated.isCurrent(resealed)).toBe(true);
    // Once every value is re-sealed, the previous key can go.
    expect(createSecretBox(newKey).open(resealed)).toBe('refresh-token');
    expect(() => createSecretBox(newKey).open(sealedBefore)).toThrow(/ENCRYPTION_KEY_PREVIOUS/);
  });

  it('still opens values in the v1 form (no key id), under the current or a previous key', () => {
    const key = randomBytes(32);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update('legacy', 'utf8'), cipher.final()]);
    const v1 = ['v1', iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
    expect(createSecretBox(key).open(v1)).toBe('legacy');
    expect(createSecretBox(randomBytes(32), [key]).open(v1)).toBe('legacy');
    expect(createSecretBox(key).isCurrent(v1)).toBe(false);
  });

  it('signs per purpose and verifies under the current or the previous key', () => {
    const oldKey = randomBytes(32);
    const signature = createSecretBox(oldKey).sign('zoom admin link', 'message');
    const rotated = createSecretBox(randomBytes(32), [oldKey]);
    expect(rotated.verify('zoom admin link', 'message', signature)).toBe(true);
    expect(rotated.verify('zoom admin link', 'other message', signature)).toBe(false);
    expect(rotated.verify('another purpose', 'message', signature)).toBe(false);
    expect(createSecretBox(randomBytes(32)).verify('zoom admin link', 'message', signature)).toBe(false);
  });
});
