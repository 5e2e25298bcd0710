/**
 * The language a person's name is written in, as far as its script tells: Parley speaks English, German
 * and Japanese, so kana or kanji mean Japanese. The browser then draws the Japanese glyph forms (not the
 * Chinese ones) and breaks 山田 太郎 only at its space.
 */
export function nameLanguage(name: string): 'ja' | undefined {
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(name) ? 'ja' : undefined;
}

/**
 * A person's name exactly as they write it: never split into given and family names nor reordered, so a
 * Japanese name keeps its family name first.
 */
export function PersonName({ name }: { name: string }) {
  return <span lang={nameLanguage(name)}>{name}</span>;
}
