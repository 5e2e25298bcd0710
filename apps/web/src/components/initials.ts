/**
 * The avatar's letters: the first letter or digit of the first and last word of a name. Punctuation and
 * symbols a name may start with (`<"Bob">`, `(Ann) Lee`) are skipped, so the avatar never shows `<"`.
 */
export function initialsOf(name: string): string {
  const words = name
    .split(/\s+/)
    .map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0])
    .filter((letter): letter is string => letter !== undefined);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.join('').toUpperCase() || '?';
}
