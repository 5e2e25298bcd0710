/** Same minimum as the server enforces for invitation acceptance (docs/api.md). */
export const minimumPasswordLength = 10;

/** A plausibility check only; the server decides what an email address is. */
export function looksLikeEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
