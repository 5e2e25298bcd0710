import { type Language, languages } from '@parley/api-contract';
import i18next, { type TOptions } from 'i18next';
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };

/** `{ a: { b: '…' } }` → `'a.b'`: every key of a message tree, so a misspelt key is a type error. */
type MessageKey<Messages, Prefix extends string = ''> = {
  [Key in keyof Messages & string]: Messages[Key] extends string
    ? `${Prefix}${Key}`
    : MessageKey<Messages[Key], `${Prefix}${Key}.`>;
}[keyof Messages & string];

/** A key of the server's messages (`errors.NOT_FOUND`, `zoom.problemEmail.greeting`, …). */
export type ServerMessageKey = MessageKey<typeof en>;

/** The server's messages in every language, as the parity test reads them. */
export const serverMessages: Record<Language, typeof en> = { en, de, ja };

/**
 * The same mechanism as the web app (i18next over en/de/ja JSON), in an instance of its own so the
 * language is chosen per call: one process answers users of every language. The resources are bundled,
 * so it is ready synchronously. No HTML escaping here: each template escapes what it puts into HTML.
 */
const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(
    languages.map((language) => [language, { translation: serverMessages[language] }]),
  ),
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: languages,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The message `key` in `language`, with `{{placeholders}}` filled from `values`. */
export function translate(language: Language, key: ServerMessageKey, values: TOptions = {}): string {
  return i18n.t(key, { ...values, lng: language });
}

/** Whether `key` (a string from elsewhere, e.g. a zod issue or a stored code) has a message. */
export function isServerMessageKey(key: string): key is ServerMessageKey {
  return i18n.exists(key, { lng: 'en' });
}
