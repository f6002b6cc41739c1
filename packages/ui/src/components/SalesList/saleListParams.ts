import type { SaleFilter, SaleStatus } from '@motiva/schema';
import { isStatusOf } from '../StatusBadge/statusKinds';

/** A sales list's filters as they sit in the URL ('' = no filter; ALL is never written). */
export const SALE_LIST_FILTERS = { promotion: '', participant: '', status: '', from: '', to: '' };
export type SaleListFilterValues = typeof SALE_LIST_FILTERS;
export type SaleListFilterKey = keyof SaleListFilterValues;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-11-20" -> the start of that day in the viewer's time zone, as ISO; null for anything else. */
export function dayStart(day: string, plusDays = 0): string | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The URL's filters as the API's SaleFilter. The period is the half-open interval from the start of
 * "from" to the start of the day after "to", so a one-day period (from = to) holds that whole day.
 * Anything that is not a status or a day is left out rather than sent.
 */
export function toSaleFilter(values: Partial<SaleListFilterValues>): SaleFilter {
  const status: SaleStatus | null = values.status && isStatusOf('sale', values.status) ? values.status : null;
  return {
    promotionId: values.promotion || null,
    participantId: values.participant || null,
    status,
    from: values.from ? dayStart(values.from) : null,
    to: values.to ? dayStart(values.to, 1) : null,
  };
}

/** Whether any filter narrows the list (the empty state then says "nothing matches"). */
export function isSaleListFiltered(values: Partial<SaleListFilterValues>): boolean {
  return Object.values(values).some((value) => !!value);
}

/** A period whose end comes before its start: shown as an error, and nothing is asked. */
export function isPeriodInverted(values: Pick<SaleListFilterValues, 'from' | 'to'>): boolean {
  const from = dayStart(values.from);
  const to = dayStart(values.to);
  return from !== null && to !== null && from > to;
}
