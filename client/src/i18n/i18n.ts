import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { initialLanguage } from './language';
import { nl } from './nl';

export const resources = { en: { translation: en }, nl: { translation: nl } } as const;

/** Screen readers and the browser's own features (hyphenation, spell check) follow the language. */
const followLanguage = (language: string) => {
  document.documentElement.lang = language;
};

i18next.on('languageChanged', followLanguage);

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  // React escapes already; double escaping would show "&amp;" in names.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export { i18next };
