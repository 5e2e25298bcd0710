import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';
import ja from './ja.json';

type Messages = { [key: string]: string | Messages };

/** `{ login: { title: 'Log in' } }` → `{ 'login.title': 'Log in' }`. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [nestedKey, nestedValue] of flatten(value, path)) flat.set(nestedKey, nestedValue);
  }
  return flat;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const sourceRoot = join(import.meta.dirname, '..');
const english = flatten(en);
const translations = { de: flatten(de), ja: flatten(ja) };

describe('translations', () => {
  it.each(Object.entries(translations))('%s has exactly the keys of en', (_language, messages) => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(Object.entries({ en: english, ...translations }))(
    '%s has no empty messages',
    (_language, messages) => {
      const empty = [...messages].filter(([, message]) => message.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    },
  );

  it.each(Object.entries(translations))('%s uses the same {{placeholders}} as en', (_language, messages) => {
    const mismatched = [...english]
      .filter(
        ([key, message]) => placeholders(message).join() !== placeholders(messages.get(key) ?? '').join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  /** Key → first file that uses it, for every literal `t('…')` call in the app's sources. */
  function usedKeys(): Map<string, string> {
    const used = new Map<string, string>();
    for (const file of sourceFiles(sourceRoot)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*['"`]([^'"`$]+)['"`]/g)) {
        const key = match[1] ?? '';
        if (!used.has(key)) used.set(key, relative(sourceRoot, file));
      }
    }
    return used;
  }

  it("every t('…') key used in the sources exists in en", () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !english.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every key in en is used by a literal t(…) call, so the scan above sees them all', () => {
    const used = usedKeys();
    expect([...english.keys()].filter((key) => !used.has(key))).toEqual([]);
  });
});
