import de from '../../apps/web/src/i18n/recruiting/de.json' with { type: 'json' };
import en from '../../apps/web/src/i18n/recruiting/en.json' with { type: 'json' };
import ja from '../../apps/web/src/i18n/recruiting/ja.json' with { type: 'json' };

export type Language = 'en' | 'de' | 'ja';
const texts = { en, de, ja };

/** The recruiting text `key` in `language` with its `{{placeholders}}` filled: what the person reads. */
export function recruitingText(
  language: Language,
  key: string,
  values: Record<string, string | number> = {},
): string {
  let node: unknown = texts[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`No text ${key} in ${language}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => String(values[name]));
}
