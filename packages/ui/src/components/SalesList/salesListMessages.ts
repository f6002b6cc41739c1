import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n/language';
import { salesListEn } from './salesList.en';
import { salesListRu } from './salesList.ru';

export const SALES_LIST_MESSAGES: Record<Language, typeof salesListEn> = { en: salesListEn, ru: salesListRu };

/**
 * The sales lists' words travel with the lists (lazily loaded pages), not in the dictionary every
 * portal downloads before its sign-in page (the HistoryList pattern): they join the i18n instance
 * the first time a list, its filters or a sale drawer renders. Adding is synchronous.
 */
export function ensureSalesListMessages(i18n: I18n): void {
  // Only into languages whose dictionary has arrived: a bundle added to a language not yet loaded
  // would make i18next think it is loaded and never fetch the rest of its strings.
  for (const language of LANGUAGES) {
    if (!i18n.hasResourceBundle(language, 'translation')) continue;
    if (!i18n.exists('salesList.columns.sale', { lng: language, fallbackLng: false })) {
      i18n.addResourceBundle(language, 'translation', { salesList: SALES_LIST_MESSAGES[language] }, true, false);
    }
  }
  // A language switched to later gets them once its dictionary has loaded.
  if (!watched.has(i18n)) {
    watched.add(i18n);
    i18n.on('languageChanged', () => ensureSalesListMessages(i18n));
  }
}

const watched = new WeakSet<I18n>();

/** `t` with the sales lists' words (salesList.*) in i18next; a page that shows them on its own uses it too. */
export function useSalesListT() {
  const { t, i18n } = useTranslation();
  ensureSalesListMessages(i18n);
  return t;
}
