import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { secretsEqual } from './tokens.ts';

/**
 * Encrypts secrets at rest with AES-256-GCM. The sealed form is `v2.<keyId>.<iv>.<tag>.<ciphertext>` in
 * base64url, where `keyId` names the key that sealed it (a short fingerprint, not the key). Values sealed
 * before key ids existed (`v1.<iv>.<tag>.<ciphertext>`) still open. With a previous key configured
 * (`ENCRYPTION_KEY_PREVIOUS`), values sealed under it open too, and {@link SecretBox.isCurrent} tells the
 * writer to seal them again with the current key.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  /** Throws when the sealed text was altered or sealed with a key this box does not hold. */
  open(sealed: string): string;
  /** Whether `sealed` was sealed with the current key (false: re-seal it on the next write). */
  isCurrent(sealed: string): boolean;
  /**
   * An HMAC-SHA256 (base64url) of `message` under a key derived from the current encryption key for
   * `purpose`, e.g. to sign a link. Different purposes never share a key.
   */
  sign(purpose: string, message: string): string;
  /** Checks a {@link SecretBox.sign} signature in constant time, under the current or a previous key. */
  verify(purpose: string, message: string, signature: string): boolean;
}

/** The id of a key as it appears in sealed values: the first 8 hex digits of a hash of the key. */
function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('parley secret box key id').update(key).digest('hex').slice(0, 8);
}

function checkKey(key: Buffer): void {
  if (key.length !== 32) throw new Error('The encryption key must be 32 bytes');
}

function decrypt(key: Buffer, iv: string, tag: string, ciphertext: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}

/**
 * Creates a {@link SecretBox} for a 32-byte key, optionally also opening values sealed with
 * `previousKeys` (key rotation; see docs/operations.md).
 */
export function createSecretBox(key: Buffer, previousKeys: readonly Buffer[] = []): SecretBox {
  checkKey(key);
  for (const previous of previousKeys) checkKey(previous);
  const currentId = keyIdOf(key);
  const keysById = new Map<string, Buffer>([[currentId, key]]);
  for (const previous of previousKeys) {
    if (!keysById.has(keyIdOf(previous))) keysById.set(keyIdOf(previous), previous);
  }
  const allKeys = [...keysById.values()];
  const signingKey = (secret: Buffer, purpose: string) =>
    Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `parley ${purpose}`, 32));
  const signWith = (secret: Buffer, purpose: string, message: string) =>
    createHmac('sha256', signingKey(secret, purpose)).update(message).digest('base64url');

  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [
        'v2',
        currentId,
        ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')),
      ].join('.');
    },
    open(sealed) {
      const parts = sealed.split('.');
      if (parts[0] === 'v2' && parts.length === 5) {
        const [, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
        const sealingKey = keysById.get(keyId);
        if (!sealingKey) throw new Error('Sealed with an unknown key; is ENCRYPTION_KEY_PREVIOUS missing?');
        return decrypt(sealingKey, iv, tag, ciphertext);
      }
      if (parts[0] === 'v1' && parts.length === 4) {
        const [, iv, tag, ciphertext] = parts as [string, string, string, string];
        // v1 values name no key: try each one (GCM's tag tells a wrong key apart).
        for (const candidate of allKeys) {
          try {
            return decrypt(candidate, iv, tag, ciphertext);
          } catch {}
        }
        throw new Error('Sealed with an unknown key, or altered');
      }
      throw new Error('Not a sealed secret');
    },
    isCurrent(sealed) {
      return sealed.startsWith(`v2.${currentId}.`);
    },
    sign(purpose, message) {
      return signWith(key, purpose, message);
    },
    verify(purpose, message, signature) {
      return allKeys.some((candidate) => secretsEqual(signature, signWith(candidate, purpose, message)));
    },
  };
}
