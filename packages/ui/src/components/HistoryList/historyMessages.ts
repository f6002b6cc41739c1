import type { i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../../i18n/language';
import { historyEn } from './history.en';
import { historyRu } from './history.ru';

export const HISTORY_MESSAGES: Record<Language, typeof historyEn> = { en: historyEn, ru: historyRu };

/**
 * The history's words travel with the history (a lazily loaded page), not in the dictionary every
 * portal downloads before its sign-in page: they join the i18n instance the first time a history
 * (or the audit log) renders there. Adding is synchronous, so `t('history.…')` works right after.
 */
export function ensureHistoryMessages(i18n: I18n): void {
  // Only into languages whose dictionary has arrived: a bundle added to a language not yet loaded
  // would make i18next think it is loaded and never fetch the rest of its strings.
  for (const language of LANGUAGES) {
    if (!i18n.hasResourceBundle(language, 'translation')) continue;
    if (!i18n.exists('history.system', { lng: language, fallbackLng: false })) {
      i18n.addResourceBundle(language, 'translation', { history: HISTORY_MESSAGES[language] }, true, false);
    }
  }
  // A language switched to later gets them once its dictionary has loaded.
  if (!watched.has(i18n)) {
    watched.add(i18n);
    i18n.on('languageChanged', () => ensureHistoryMessages(i18n));
  }
}

const watched = new WeakSet<I18n>();
