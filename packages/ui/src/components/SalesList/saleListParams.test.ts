import { describe, expect, it } from 'vitest';
import { dayStart, isPeriodInverted, isSaleListFiltered, toSaleFilter } from './saleListParams';

describe('toSaleFilter', () => {
  it('leaves everything out when nothing is chosen', () => {
    expect(toSaleFilter({ promotion: '', participant: '', status: '', from: '', to: '' })).toEqual({
      promotionId: null,
      participantId: null,
      status: null,
      from: null,
      to: null,
    });
  });

  it('passes ids and a sale status through', () => {
    const filter = toSaleFilter({ promotion: 'p1', participant: 'u1', status: 'REVERSED' });
    expect(filter).toMatchObject({ promotionId: 'p1', participantId: 'u1', status: 'REVERSED' });
  });

  it('drops a status that is not a sale status', () => {
    expect(toSaleFilter({ status: 'ALL' }).status).toBeNull();
    expect(toSaleFilter({ status: 'PAID' }).status).toBeNull();
  });

  it('makes the period whole days: from the start of "from" to the start of the day after "to"', () => {
    const filter = toSaleFilter({ from: '2026-03-01', to: '2026-03-01' });
    expect(filter.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(filter.to).toBe(new Date(2026, 2, 2).toISOString());
  });

  it('rolls "to" over a month end', () => {
    expect(toSaleFilter({ to: '2026-01-31' }).to).toBe(new Date(2026, 1, 1).toISOString());
  });

  it('ignores a day it cannot read', () => {
    expect(toSaleFilter({ from: 'yesterday', to: '2026-13' })).toMatchObject({ from: null, to: null });
    expect(dayStart('2026-1-5')).toBeNull();
  });
});

describe('isSaleListFiltered', () => {
  it('is true as soon as one filter is set', () => {
    expect(isSaleListFiltered({ promotion: '', status: '' })).toBe(false);
    expect(isSaleListFiltered({ promotion: '', status: 'PENDING' })).toBe(true);
  });
});

describe('isPeriodInverted', () => {
  it('flags an end before the start only', () => {
    expect(isPeriodInverted({ from: '2026-03-02', to: '2026-03-01' })).toBe(true);
    expect(isPeriodInverted({ from: '2026-03-01', to: '2026-03-01' })).toBe(false);
    expect(isPeriodInverted({ from: '2026-03-01', to: '' })).toBe(false);
  });
});
