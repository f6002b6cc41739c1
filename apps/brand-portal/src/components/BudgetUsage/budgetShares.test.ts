import { describe, expect, it } from 'vitest';
import { budgetShares } from './budgetShares';

describe('budgetShares', () => {
  it('splits the cap into approved and pending', () => {
    expect(budgetShares('2500000', '500000', '10000000')).toEqual({ approved: 25, pending: 5, used: 30 });
  });

  it('keeps exact minor units beyond the float-safe range', () => {
    expect(budgetShares('9007199254740993', '0', '18014398509481986')).toEqual({ approved: 50, pending: 0, used: 50 });
  });

  it('rounds down to two decimals', () => {
    expect(budgetShares('1', '0', '3')).toEqual({ approved: 33.33, pending: 0, used: 33.33 });
  });

  it('never draws past the end of the bar, but reports what is used', () => {
    expect(budgetShares('8000', '4000', '10000')).toEqual({ approved: 80, pending: 20, used: 120 });
    expect(budgetShares('12000', '1000', '10000')).toEqual({ approved: 100, pending: 0, used: 130 });
  });

  it('treats a zero cap as used up', () => {
    expect(budgetShares('0', '0', '0')).toEqual({ approved: 0, pending: 0, used: 100 });
    expect(budgetShares('0', '5', '0')).toEqual({ approved: 0, pending: 100, used: 100 });
  });
});
