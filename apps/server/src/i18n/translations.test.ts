import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppErrorCode, languages, roles, zoomStatusReasons } from '@parley/api-contract';
import { flattenMessages, placeholdersOf } from '@parley/api-contract/message-keys';
import { describe, expect, it } from 'vitest';
import { errorMessage, validationMessage } from './error-messages.ts';
import { serverMessages } from './translate.ts';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const flat = Object.fromEntries(
  languages.map((language) => [language, flattenMessages(serverMessages[language])]),
);
const english = flattenMessages(serverMessages.en);

describe("the server's messages (src/i18n/{en,de,ja}.json)", () => {
  it.each(['de', 'ja'] as const)('%s has exactly the keys of en', (language) => {
    expect([...flat[language]!.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(languages)('%s has no empty messages', (language) => {
    expect([...flat[language]!].filter(([, message]) => message.trim() === '').map(([key]) => key)).toEqual(
      [],
    );
  });

  it.each(['de', 'ja'] as const)('%s uses the same {{placeholders}} as en', (language) => {
    const mismatched = [...english]
      .filter(
        ([key, message]) =>
          placeholdersOf(message).join() !== placeholdersOf(flat[language]!.get(key) ?? '').join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('has a message for exactly the error codes of the contract, so no code reaches a user untranslated', () => {
    const codes = Object.values(AppErrorCode).sort();
    for (const language of languages) {
      const translated = [...flat[language]!.keys()].filter((key) => key.startsWith('errors.'));
      expect(translated.map((key) => key.slice('errors.'.length)).sort()).toEqual(codes);
      for (const code of codes) expect(errorMessage(code, language)).not.toBe(`errors.${code}`);
    }
    expect(errorMessage(AppErrorCode.NotFound, 'de')).toBe('Nicht gefunden.');
  });

  it('words every Zoom status reason and every role of the invitation email', () => {
    const keys = [
      ...zoomStatusReasons.map((reason) => `zoom.statusReasons.${reason}`),
      ...roles.map((role) => `invitationEmail.roles.${role}`),
    ];
    expect(keys.filter((key) => !english.has(key))).toEqual([]);
  });

  it("has every validation key the server's and the contract's schemas use", () => {
    const repositoryRoot = join(import.meta.dirname, '..', '..', '..', '..');
    const roots = [
      join(repositoryRoot, 'apps', 'server', 'src'),
      join(repositoryRoot, 'packages', 'api-contract', 'src'),
    ];
    const used = new Map<string, string>();
    for (const file of roots.flatMap(sourceFiles)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(validation\.\w+)'/g)) {
        used.set(match[1] ?? '', relative(repositoryRoot, file));
      }
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter(([key]) => !english.has(key)).map(([key, file]) => `${key} (${file})`)).toEqual(
      [],
    );
    expect(validationMessage('validation.timeZone', 'ja')).toBe(flat.ja!.get('validation.timeZone'));
    expect(validationMessage('Too small: expected string to have >=1 characters', 'de')).toBe(
      'Too small: expected string to have >=1 characters',
    );
  });
});
