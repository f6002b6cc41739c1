import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@motiva/schema';
import { fromLocale, storeLanguage } from '../i18n/language';

/** The locale saved on the account beats whatever this browser guessed. */
export function useViewerLanguage(locale: Locale | undefined) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!locale) return;
    const language = fromLocale(locale);
    if (i18n.language !== language) void i18n.changeLanguage(language);
    storeLanguage(language);
  }, [locale, i18n]);
}
