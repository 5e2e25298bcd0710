import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, type Language } from '../api/types.ts';
import de from './de.json';
import en from './en.json';
import ja from './ja.json';
import { initialLanguage, rememberLanguage } from './language-preference.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

/** Resources are bundled (a few kilobytes each), so i18next is ready before the first render. */
void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, de: { translation: de }, ja: { translation: ja } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'de', 'ja'],
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

function reflectLanguageInDocument(language: string): void {
  document.documentElement.lang = language;
}
reflectLanguageInDocument(i18next.language);
i18next.on('languageChanged', reflectLanguageInDocument);

export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(language) ? language : 'en';
}

/** Switches the UI language and remembers it for the next visit to the login page. */
export async function applyLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  if (currentLanguage() !== language) await i18next.changeLanguage(language);
}

export { i18next };
