/** `text` for a LIKE pattern, with `%`, `_` and `\` matching themselves. */
export function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
