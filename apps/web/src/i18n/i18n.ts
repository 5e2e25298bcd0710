import { isLanguage, type Language } from '@parley/api-contract';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from './en.json';
import { initialLanguage, rememberLanguage } from './language-preference.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

/**
 * Each language is its own chunk (about 9 kB of gzip): a page downloads only the one it shows, and
 * another when the person switches to it. The parity test keeps every key in all three.
 */
const translations: Record<Language, () => Promise<{ default: typeof en }>> = {
  en: () => import('./en.json'),
  de: () => import('./de.json'),
  ja: () => import('./ja.json'),
};

async function loadTranslations(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', (await translations[language]()).default);
}

/** Loads the first page's language and starts i18next; main.tsx renders once it resolves. */
export async function startI18n(): Promise<void> {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: false,
    supportedLngs: ['en', 'de', 'ja'],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  await loadTranslations(language);
  reflectLanguageInDocument(i18next.language);
  i18next.on('languageChanged', reflectLanguageInDocument);
}

function reflectLanguageInDocument(language: string): void {
  document.documentElement.lang = language;
}
export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(language) ? language : 'en';
}

/** Switches the UI language and remembers it for the next visit to the login page. */
export async function applyLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await loadTranslations(language);
  if (currentLanguage() !== language) await i18next.changeLanguage(language);
}

export { i18next };
