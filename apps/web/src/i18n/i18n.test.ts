import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { flattenMessages, type Messages, placeholdersOf } from '@parley/api-contract/message-keys';
import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';
import ja from './ja.json';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const sourceRoot = join(import.meta.dirname, '..');
const i18nRoot = import.meta.dirname;

/** The namespaces: the default (`<language>.json` here) and one per folder (`recruiting/<language>.json`). */
function namespaces(): Map<string, Record<'en' | 'de' | 'ja', Map<string, string>>> {
  const read = (path: string) => flattenMessages(JSON.parse(readFileSync(path, 'utf8')) as Messages);
  const all = new Map([
    ['translation', { en: flattenMessages(en), de: flattenMessages(de), ja: flattenMessages(ja) }],
  ]);
  for (const name of readdirSync(i18nRoot)) {
    const folder = join(i18nRoot, name);
    if (!statSync(folder).isDirectory()) continue;
    all.set(name, {
      en: read(join(folder, 'en.json')),
      de: read(join(folder, 'de.json')),
      ja: read(join(folder, 'ja.json')),
    });
  }
  return all;
}

const everyNamespace = [...namespaces()];

describe.each(everyNamespace)(
  'translations of namespace %s',
  (_namespace, { en: english, ...translations }) => {
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

    it.each(Object.entries(translations))(
      '%s uses the same {{placeholders}} as en',
      (_language, messages) => {
        const mismatched = [...english]
          .filter(
            ([key, message]) =>
              placeholdersOf(message).join() !== placeholdersOf(messages.get(key) ?? '').join(),
          )
          .map(([key]) => key);
        expect(mismatched).toEqual([]);
      },
    );
  },
);

/** A source file's literal `t('…')` keys and the namespaces it asks for (`useTranslation('x')`, `TFunction<'x'>`). */
interface SourceUse {
  file: string;
  keys: string[];
  namespaces: string[];
}

function sourceUses(): SourceUse[] {
  return sourceFiles(sourceRoot).map((path) => {
    const source = readFileSync(path, 'utf8');
    const keys = [...source.matchAll(/\bt\(\s*['"`]([^'"`$]+)['"`]/g)].map((match) => match[1] ?? '');
    const named = [...source.matchAll(/(?:useTranslation\(|TFunction<)\s*['"](\w+)['"]/g)].map(
      (match) => match[1] ?? '',
    );
    return { file: relative(sourceRoot, path), keys, namespaces: [...named, 'translation'] };
  });
}

describe('texts used by the sources', () => {
  const english = new Map(everyNamespace.map(([name, messages]) => [name, messages.en]));

  it("every t('…') key exists in en, in a namespace its file asks for or the default one", () => {
    const uses = sourceUses();
    expect(uses.flatMap((use) => use.keys).length).toBeGreaterThan(50);
    const missing = uses.flatMap((use) =>
      use.keys
        .filter((key) => !use.namespaces.some((namespace) => english.get(namespace)?.has(key)))
        .map((key) => `${key} (${use.file})`),
    );
    expect(missing).toEqual([]);
  });

  it('every key in en is used by a literal t(…) call in a file of its namespace, so the scan sees them all', () => {
    const uses = sourceUses();
    const unused = [...english].flatMap(([namespace, messages]) =>
      [...messages.keys()]
        .filter((key) => !uses.some((use) => use.namespaces.includes(namespace) && use.keys.includes(key)))
        .map((key) => `${namespace}:${key}`),
    );
    expect(unused).toEqual([]);
  });
});

/**
 * Parley's German names people inclusively with the colon ("Benutzer:innen", "Recruiter:in"), Zoom's
 * users too ("Zoom-Benutzer:innen"): the masculine "Benutzer", "Benutzern", "Benutzers" or another mark
 * ("Benutzer·innen") must not creep back into the web's or the server's texts (messages, e-mails).
 * The people a job is filled from are "Kandidat:innen", as apps/web/README.md prescribes (never
 * "Bewerber"), and Zoom's account is the "Zoom-Konto", Zoom's own word in its German help, never
 * "Zoom-Account".
 */
describe('German wording', () => {
  const serverGerman = join(import.meta.dirname, '../../../server/src/i18n/de.json');
  const masculineUser = /Benutzer(?:n|s)?(?![:\p{L}])/u;
  const german = () => [
    ...everyNamespace.map(([namespace, { de }]) => [`web ${namespace}`, de] as const),
    ['server', flattenMessages(JSON.parse(readFileSync(serverGerman, 'utf8')) as Messages)] as const,
  ];
  /** The keys (`where: key`) whose German text matches `pattern`. */
  const matching = (pattern: RegExp) =>
    german().flatMap(([where, messages]) =>
      [...messages].filter(([, message]) => pattern.test(message)).map(([key]) => `${where}: ${key}`),
    );
  const saysSomewhere = (text: string) =>
    german().some(([, messages]) => [...messages.values()].some((message) => message.includes(text)));

  it('says Kandidat:in / Kandidat:innen, never "Bewerber" or the masculine "Kandidat(en)"', () => {
    expect(saysSomewhere('Kandidat:innen')).toBe(true);
    expect(matching(/Bewerber|Kandidat(?:en|s)?(?![:\p{L}])/u)).toEqual([]);
  });

  it('says Zoom-Konto, Zoom’s own word, never "Account"', () => {
    expect(saysSomewhere('Zoom-Konto')).toBe(true);
    expect(matching(/Account/u)).toEqual([]);
  });

  it('says Benutzer:in / Benutzer:innen, never the masculine form, in the web and the server', () => {
    expect(saysSomewhere('Zoom-Benutzer:in')).toBe(true);
    expect(matching(masculineUser)).toEqual([]);
  });

  it('recognises the forms it forbids and allows the inclusive ones and compounds', () => {
    expect(
      ['der Zoom-Benutzer', 'von 3 Benutzern', 'des Benutzers.', 'Benutzer·innen'].map((text) =>
        masculineUser.test(text),
      ),
    ).toEqual([true, true, true, true]);
    expect(
      ['Zoom-Benutzer:innen', 'eine:n Benutzer:in', 'Zoom-Benutzerkonto'].map((text) =>
        masculineUser.test(text),
      ),
    ).toEqual([false, false, false]);
  });
});

/**
 * Parley's Japanese calls the people a job is filled from 候補者 (apps/web/README.md), as the Japanese help
 * pages of the seed products do; 応募者 crept into most recruiting texts beside it.
 */
describe('Japanese wording', () => {
  const serverJapanese = join(import.meta.dirname, '../../../server/src/i18n/ja.json');

  it('says 候補者, never 応募者, in the web and the server', () => {
    const japanese = [
      ...everyNamespace.map(([namespace, { ja }]) => [`web ${namespace}`, ja] as const),
      ['server', flattenMessages(JSON.parse(readFileSync(serverJapanese, 'utf8')) as Messages)] as const,
    ];
    const applicants = japanese.flatMap(([where, messages]) =>
      [...messages].filter(([, message]) => message.includes('応募者')).map(([key]) => `${where}: ${key}`),
    );
    expect(applicants).toEqual([]);
    expect(japanese.some(([, messages]) => [...messages.values()].some((m) => m.includes('候補者')))).toBe(
      true,
    );
  });
});
