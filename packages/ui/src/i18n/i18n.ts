import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { ru } from './locales/ru';
import { detectLanguage, LANGUAGES, type Language } from './language';

/** A portal's own strings: one tree per language, merged over the kit's. */
export type PortalMessages = Record<Language, Record<string, unknown>>;

export function createI18n(portalMessages?: PortalMessages): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: detectLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    // Server messages and emails contain ':' and '.'; they are never keys, but keep them literal anyway.
    nsSeparator: false,
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  if (portalMessages) {
    for (const language of LANGUAGES) {
      instance.addResourceBundle(language, 'translation', portalMessages[language], true, true);
    }
  }
  const syncHtmlLang = (language: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  };
  syncHtmlLang(instance.language);
  instance.on('languageChanged', syncHtmlLang);
  return instance;
}
