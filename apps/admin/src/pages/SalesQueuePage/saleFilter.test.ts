import { describe, expect, it } from 'vitest';
import { rejectReason } from './rejectReason';
import { isFiltered, SALES_FILTER_DEFAULTS, toSaleFilter } from './saleFilter';

describe('sales queue filters', () => {
  it('opens on the pending sales with nothing narrowed', () => {
    expect(toSaleFilter({ ...SALES_FILTER_DEFAULTS })).toEqual({
      status: 'PENDING',
      promotionId: null,
      brandId: null,
      partnerId: null,
      participantId: null,
      flagged: null,
      from: null,
      to: null,
    });
    expect(isFiltered({ ...SALES_FILTER_DEFAULTS })).toBe(false);
  });

  it('maps every filter, a one-day range covering the whole day', () => {
    const f = toSaleFilter({
      status: 'REJECTED',
      promotion: 'pr1',
      brand: 'b1',
      partner: 'pa1',
      participant: 'u1',
      flagged: '1',
      from: '2026-11-20',
      to: '2026-11-20',
    });
    expect(f).toMatchObject({
      status: 'REJECTED',
      promotionId: 'pr1',
      brandId: 'b1',
      partnerId: 'pa1',
      participantId: 'u1',
      flagged: true,
    });
    expect(new Date(f.to!).getTime() - new Date(f.from!).getTime()).toBe(24 * 3600 * 1000);
  });

  it('falls back to pending for a status that is not a sale status, and drops a bad day', () => {
    const f = toSaleFilter({ ...SALES_FILTER_DEFAULTS, status: 'IN_REVIEW', from: 'yesterday' });
    expect(f.status).toBe('PENDING');
    expect(f.from).toBeNull();
    expect(isFiltered({ ...SALES_FILTER_DEFAULTS, flagged: '1' })).toBe(true);
  });
});

describe('rejection reason', () => {
  it('needs a code', () => {
    expect(rejectReason(null, 'text')).toEqual({ field: 'code', key: 'codeRequired' });
  });
  it('needs words for OTHER only', () => {
    expect(rejectReason('OTHER', '   ')).toEqual({ field: 'text', key: 'commentRequired' });
    expect(rejectReason('OTHER', ' Wrong shop ')).toEqual({ code: 'OTHER', text: 'Wrong shop' });
    expect(rejectReason('DUPLICATE', '')).toEqual({ code: 'DUPLICATE', text: '' });
  });
});
