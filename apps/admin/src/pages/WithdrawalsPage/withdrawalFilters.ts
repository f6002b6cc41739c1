import type { WithdrawalStatus } from '@motiva/schema';
import { ALL } from '@motiva/ui';
import { dateRange } from '../AuditLogPage/auditFilters';

/** Every status, in the order a withdrawal moves through them. */
export const WITHDRAWAL_STATUSES: WithdrawalStatus[] = ['REQUESTED', 'APPROVED', 'PAID', 'FAILED', 'REJECTED'];

/** The queue's URL filters: it opens on the withdrawals waiting for a decision. */
export const WITHDRAWAL_FILTERS = { status: 'REQUESTED', participant: '', from: '', to: '' };
export type WithdrawalFilterValues = typeof WITHDRAWAL_FILTERS;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The URL's filters as the API's WithdrawalFilter: one status or all, a participant only when the id
 * reads as one, and the days as a half-open interval in the admin's time zone (a hand-edited URL
 * with nonsense in it shows everything rather than failing).
 */
export function withdrawalFilter(values: WithdrawalFilterValues) {
  const status = WITHDRAWAL_STATUSES.find((s) => s === values.status);
  const range = dateRange(values.from, values.to);
  return {
    statuses: values.status === ALL || !status ? null : [status],
    participantId: UUID.test(values.participant) ? values.participant.toLowerCase() : null,
    from: range.from,
    to: range.to,
  };
}

/** Whether the list shows anything but the default "waiting for a decision" view. */
export const isFiltered = (values: WithdrawalFilterValues) =>
  values.status !== WITHDRAWAL_FILTERS.status || values.participant !== '' || values.from !== '' || values.to !== '';
