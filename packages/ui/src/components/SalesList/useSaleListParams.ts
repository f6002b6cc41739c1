import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useListParams } from '../DataTable/useListParams';
import { SALE_LIST_FILTERS, isPeriodInverted, isSaleListFiltered, toSaleFilter, type SaleListFilterValues } from './saleListParams';

/**
 * A sales list's filters and page in the URL (see useListParams), with the API's SaleFilter made
 * from them, whether any is set, and one call that clears them all (and the page) at once.
 * An inverted period asks nothing: `skip` is true until it is fixed.
 */
export function useSaleListParams() {
  const list = useListParams({ filters: SALE_LIST_FILTERS, sort: { column: 'submittedAt', direction: 'desc' } });
  const [, setParams] = useSearchParams();
  const clear = useCallback(
    () =>
      setParams(
        () => {
          const next = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search);
          for (const key of [...Object.keys(SALE_LIST_FILTERS), 'offset']) next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const values: SaleListFilterValues = list.filters;
  return {
    ...list,
    saleFilter: toSaleFilter(values),
    filtered: isSaleListFiltered(values),
    skip: isPeriodInverted(values),
    clear,
  };
}
