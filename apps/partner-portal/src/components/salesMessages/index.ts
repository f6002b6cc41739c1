import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { partnerSalesEn } from './sales.en';
import { partnerSalesRu } from './sales.ru';

const TREES: Record<string, object> = { en: partnerSalesEn, ru: partnerSalesRu };
const watched = new WeakSet<I18n>();

/**
 * The sales pages' words (partner.sales.*) travel with those pages, not in the dictionary the
 * sign-in page downloads (the kit's HistoryList pattern). Added only to languages whose dictionary
 * has arrived (an earlier bundle would make i18next skip fetching the rest), and again on a switch.
 */
function ensurePartnerSalesMessages(i18n: I18n): void {
  for (const [language, tree] of Object.entries(TREES)) {
    if (!i18n.hasResourceBundle(language, 'translation')) continue;
    if (!i18n.exists('partner.sales.title', { lng: language, fallbackLng: false })) {
      i18n.addResourceBundle(language, 'translation', { partner: { sales: tree } }, true, false);
    }
  }
  if (!watched.has(i18n)) {
    watched.add(i18n);
    i18n.on('languageChanged', () => ensurePartnerSalesMessages(i18n));
  }
}

/** `t` with partner.sales.* in i18next: every component showing those words uses it. */
export function usePartnerSalesT() {
  const { t, i18n } = useTranslation();
  ensurePartnerSalesMessages(i18n);
  return t;
}
