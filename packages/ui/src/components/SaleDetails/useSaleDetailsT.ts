import { useTranslation } from 'react-i18next';
import { saleDetailsEn } from '../../i18n/saleDetails.en';
import { saleDetailsRu } from '../../i18n/saleDetails.ru';

const TREES: Record<string, object> = { en: saleDetailsEn, ru: saleDetailsRu };
/** A label only the lazily added tree has: present means the tree is in for that language. */
const PROBE = 'saleDetails.lines.title';

/**
 * `t` with the sale view's labels (saleDetails.*) in i18next. They travel with SaleDetails, in the
 * chunk of the pages that show a sale, instead of in every portal's first load; the always-loaded
 * kit strings keep only saleDetails.rejectionCode. Added to a language only once that language's own
 * strings have arrived (adding earlier would make i18next think the language loaded and skip the
 * fetch), and again after a language's strings are replaced. Every part of SaleDetails uses it; a
 * page that shows saleDetails.* labels on its own should too.
 */
export function useSaleDetailsT() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const tree = TREES[language];
  if (tree && i18n.hasResourceBundle(language, 'translation') && !i18n.exists(PROBE, { lng: language })) {
    // deep: merged into the kit's saleDetails (rejection reasons); nothing already there is overwritten.
    i18n.addResourceBundle(language, 'translation', { saleDetails: tree }, true, false);
  }
  return t;
}
