import { useTranslation } from 'react-i18next';

/**
 * The i18next namespace of the kit's sales strings (saleDetails.*, salesList.*). Only the pages that show
 * sales need them, so they are a chunk of their own per language, loaded on first use: every namespace
 * falls back to this one (fallbackNS), so `t('saleDetails.title')` works from any component once it is
 * loaded.
 */
export const SALES_NS = 'sales';

/**
 * Call at the top of a component that shows sale strings: it suspends (the nearest Suspense shows its
 * loader) until the current language's sales strings are here, once per language.
 */
export function useSalesStrings(): void {
  useTranslation(SALES_NS);
}
