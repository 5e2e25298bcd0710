import { describe, expect, it } from 'vitest';
import { nameLanguage } from './person-name.tsx';

describe('nameLanguage', () => {
  it('marks names in kanji or kana as Japanese, so they are drawn with Japanese glyphs', () => {
    expect(nameLanguage('山田 太郎')).toBe('ja');
    expect(nameLanguage('さとう はなこ')).toBe('ja');
    expect(nameLanguage('タナカ ケン')).toBe('ja');
  });

  it('leaves Latin names, umlauts included, to the page’s language', () => {
    expect(nameLanguage('Jürgen Müller')).toBeUndefined();
    expect(nameLanguage('Ada Lovelace')).toBeUndefined();
  });
});
