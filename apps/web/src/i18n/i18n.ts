import { isLanguage, type Language } from '@parley/api-contract';
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type audit from './audit/en.json';
import type en from './en.json';
import type interviews from './interviews/en.json';
import { initialLanguage, rememberLanguage } from './language-preference.ts';
import type notifications from './notifications/en.json';
import type recruiting from './recruiting/en.json';
import type zoom from './zoom/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: 'translation';
    resources: {
      translation: typeof en;
      recruiting: typeof recruiting;
      interviews: typeof interviews;
      notifications: typeof notifications;
      zoom: typeof zoom;
      audit: typeof audit;
    };
  }
}

/**
 * The default namespace: the shell, sign-in and settings texts, and the words every page shares
 * (`common.*`); the Zoom pages' texts are the `zoom` namespace. Each language is its own chunk: a page
 * downloads only the one it shows.
 */
const translations: Record<Language, () => Promise<{ default: unknown }>> = {
  en: () => import('./en.json'),
  de: () => import('./de.json'),
  ja: () => import('./ja.json'),
};

/**
 * A domain's texts (`<namespace>/<language>.json`), each its own chunk, loaded when a page first calls
 * `useTranslation('<namespace>')`: the login page does not download the recruiting pages' words.
 */
const namespaceFiles = import.meta.glob<{ default: unknown }>('./*/*.json');

function textsLoader(language: string, namespace: string): (() => Promise<{ default: unknown }>) | undefined {
  if (!isLanguage(language)) return undefined;
  return namespace === 'translation'
    ? translations[language]
    : namespaceFiles[`./${namespace}/${language}.json`];
}

/** i18next's loader for both: it asks for a namespace in a language when one is first needed. */
const lazyTexts: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = textsLoader(language, namespace);
    if (!load) {
      callback(new Error(`No texts for ${namespace} in ${language}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default as Record<string, unknown>),
      (error: Error) => callback(error, false),
    );
  },
};

/** Loads the first page's language and starts i18next; main.tsx renders once it resolves. */
export async function startI18n(): Promise<void> {
  const language = initialLanguage();
  await i18next
    .use(lazyTexts)
    .use(initReactI18next)
    .init({
      lng: language,
      ns: ['translation'],
      defaultNS: 'translation',
      // A domain page's own texts first, then the shared words (`common.save`) from the default namespace.
      fallbackNS: 'translation',
      fallbackLng: false,
      supportedLngs: ['en', 'de', 'ja'],
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
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
  await i18next.loadLanguages(language);
  if (currentLanguage() !== language) await i18next.changeLanguage(language);
}

export { i18next };
