import { describe, expect, it } from 'vitest';
import { explainReward, RewardInputError, type PayoutRule, type RewardInput } from './reward';

const TV = 'tv';
const SOUNDBAR = 'soundbar';
const CABLE = 'cable';
const eligible = new Set([TV, SOUNDBAR]);
const sale = [
  { productId: TV, quantity: 2, unitPriceMinor: 5_499_000n },
  { productId: SOUNDBAR, quantity: 1, unitPriceMinor: 1_299_000n },
  { productId: CABLE, quantity: 3, unitPriceMinor: 99_000n },
];
const rule = (kind: PayoutRule['kind'], value: bigint, extra: Partial<PayoutRule> = {}): PayoutRule => ({
  id: 'opt',
  name: kind,
  kind,
  value,
  ...extra,
});
const run = (over: Partial<RewardInput>) =>
  explainReward({ option: rule('PER_UNIT', 500n), lines: sale, eligibleProductIds: eligible, ...over });

describe('explainReward', () => {
  it('PER_UNIT counts eligible units, with per-product values, and skips ineligible lines (with no per-unit value)', () => {
    const r = run({ option: rule('PER_UNIT', 500n, { perProduct: new Map([[TV, 2_000n]]) }) });
    expect(r.lines.map((l) => [l.productId, l.outcome, l.value, l.amount])).toEqual([
      [TV, 'COUNTED', 2_000n, 4_000n],
      [SOUNDBAR, 'COUNTED', 500n, 500n],
      [CABLE, 'NOT_ELIGIBLE', null, 0n], // no per-unit value for a line outside the promotion
    ]);
    expect(r.amount).toBe(4_500n);
    expect(r.cappedBy).toBeNull();
  });

  it('a member override replaces the option value, per-product values included', () => {
    const r = run({ option: rule('PER_UNIT', 500n, { perProduct: new Map([[TV, 2_000n]]) }), overrideValue: 700n });
    expect(r.amount).toBe(700n * 3n);
    expect(r.overrideValue).toBe(700n);
    expect(r.steps.join('\n')).toMatch(/member override value 700/);
  });

  it('PERCENT_OF_SALE applies basis points to the eligible amount only, rounding down', () => {
    const r = run({ option: rule('PERCENT_OF_SALE', 333n) }); // 3.33%
    expect(r.eligibleSaleAmount).toBe(2n * 5_499_000n + 1_299_000n);
    expect(r.amount).toBe((12_297_000n * 333n) / 10_000n); // 409_490.1 -> 409_490
    expect(r.amount).toBe(409_490n);
  });

  it('FLAT_PER_SALE pays once when any line is eligible, nothing otherwise', () => {
    expect(run({ option: rule('FLAT_PER_SALE', 25_000n) }).amount).toBe(25_000n);
    expect(run({ option: rule('FLAT_PER_SALE', 25_000n), lines: [sale[2]] }).amount).toBe(0n);
  });

  it('PER_CLICK earns nothing on a sale and says why', () => {
    const r = run({ option: rule('PER_CLICK', 300n) });
    expect(r.amount).toBe(0n);
    expect(r.steps.at(-1)).toMatch(/clicks are paid separately/);
  });

  it('caps cut the reward and name the cap that did it: the tighter one wins', () => {
    const member = run({ option: rule('FLAT_PER_SALE', 25_000n), perParticipantRemaining: 10_000n, budgetRemaining: 50_000n });
    expect([member.uncapped, member.amount, member.cappedBy]).toEqual([25_000n, 10_000n, 'PER_PARTICIPANT_CAP']);
    const budget = run({ option: rule('FLAT_PER_SALE', 25_000n), perParticipantRemaining: 10_000n, budgetRemaining: 4_000n });
    expect([budget.amount, budget.cappedBy]).toEqual([4_000n, 'BUDGET_CAP']);
    const exhausted = run({ option: rule('FLAT_PER_SALE', 25_000n), budgetRemaining: 0n });
    expect(exhausted.amount).toBe(0n);
  });

  it('keeps exact amounts far beyond float precision', () => {
    const huge = [{ productId: TV, quantity: 1, unitPriceMinor: 900_719_925_474_099_312n }];
    expect(run({ option: rule('PERCENT_OF_SALE', 10_000n), lines: huge }).amount).toBe(900_719_925_474_099_312n);
  });

  it('refuses impossible rules and lines', () => {
    expect(() => run({ option: rule('PERCENT_OF_SALE', 10_001n) })).toThrow(RewardInputError);
    expect(() => run({ option: rule('PER_UNIT', -1n) })).toThrow(/negative/);
    expect(() => run({ overrideValue: -5n })).toThrow(/negative/);
    expect(() => run({ lines: [{ productId: TV, quantity: 0, unitPriceMinor: 1n }] })).toThrow(/quantity/);
    expect(() => run({ lines: [{ productId: TV, quantity: 1.5, unitPriceMinor: 1n }] })).toThrow(/quantity/);
  });
});
