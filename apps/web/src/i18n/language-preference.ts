import { isLanguage, type Language, languages } from '@parley/api-contract';

const storageKey = 'parley.language';

/** The language chosen with the switcher before signing in, if this browser remembers one. */
export function storedLanguage(): Language | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined; // storage can be disabled; the browser's languages still apply
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // not remembering is acceptable
  }
}

/** The first of the browser's preferred languages that Parley speaks (`de-AT` counts as `de`). */
export function browserLanguage(preferred: readonly string[]): Language | undefined {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return undefined;
}

/** Before sign-in: the remembered choice, else the browser's preference, else English. */
export function initialLanguage(): Language {
  const preferred = globalThis.navigator?.languages ?? [];
  return storedLanguage() ?? browserLanguage(preferred) ?? 'en';
}

/** A language's name in that language ("Deutsch", "日本語"), as a switcher should show it. */
export function languageEndonym(language: Language): string {
  return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
}

export { languages };
