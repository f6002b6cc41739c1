import type { SaleFilter, SaleStatus } from '@motiva/schema';
import { isStatusOf } from '@motiva/ui';
import { dateRange } from '../AuditLogPage/auditFilters';

/** The queue's URL filters: ids of the chosen records, a status (or ALL), "1" for flagged only, days. */
export const SALES_FILTER_DEFAULTS = {
  status: 'PENDING',
  promotion: '',
  brand: '',
  partner: '',
  participant: '',
  flagged: '',
  from: '',
  to: '',
} as const;

export type SalesFilterKey = keyof typeof SALES_FILTER_DEFAULTS;
export type SalesFilterValues = Record<SalesFilterKey, string>;

/** The status filter's choices: the queue's own status first, then where sales go from there. */
export const FILTER_STATUSES: SaleStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'REVERSED'];

/**
 * The URL's filters as the API's SaleFilter. The queue always asks for one status (the API reads a
 * missing one as PENDING), so a status from a hand-edited URL that is not a sale status falls back to
 * PENDING; a bad day is dropped rather than sent to be refused.
 */
export function toSaleFilter(f: SalesFilterValues): SaleFilter {
  const { from, to } = dateRange(f.from, f.to);
  return {
    status: isStatusOf('sale', f.status) ? f.status : 'PENDING',
    promotionId: f.promotion || null,
    brandId: f.brand || null,
    partnerId: f.partner || null,
    participantId: f.participant || null,
    flagged: f.flagged === '1' ? true : null,
    from,
    to,
  };
}

/** Whether anything but the default view (pending, no narrowing) is asked for. */
export function isFiltered(f: SalesFilterValues): boolean {
  return (Object.keys(SALES_FILTER_DEFAULTS) as SalesFilterKey[]).some((k) => f[k] !== SALES_FILTER_DEFAULTS[k]);
}
