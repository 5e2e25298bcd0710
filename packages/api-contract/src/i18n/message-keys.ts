/**
 * How the server's and the web's translation files are compared: both are nested JSON read by i18next, and
 * their tests hold each language to English's keys and placeholders. Zod-free, so the web may import it.
 */

/** A translation file: texts, nested by key. */
export type Messages = { [key: string]: string | Messages };

/** `{ login: { title: 'Log in' } }` → `{ 'login.title': 'Log in' }`. */
export function flattenMessages(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else
      for (const [nestedKey, nestedValue] of flattenMessages(value, path)) flat.set(nestedKey, nestedValue);
  }
  return flat;
}

/** The i18next placeholders (`{{name}}`) of a text, sorted. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}
