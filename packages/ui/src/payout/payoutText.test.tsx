import { describe, expect, it } from 'vitest';
import type { PayoutKind } from '@motiva/schema';
import { renderMarkup, textOf } from '../test/renderMarkup';
import { formatPayoutValue } from './payoutText';
import { usePayoutText } from './usePayoutText';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPayoutValue', () => {
  it('reads minor units as money of the currency and basis points as a percentage, exactly', () => {
    expect(plain(formatPayoutValue('PER_UNIT', '50000', 'RUB', 'ru'))).toBe('500,00 ₽');
    expect(plain(formatPayoutValue('FLAT_PER_SALE', '123456789012345', 'USD', 'en'))).toBe('$1,234,567,890,123.45');
    expect(plain(formatPayoutValue('PERCENT_OF_SALE', '550', 'RUB', 'en'))).toBe('5.5%');
    expect(plain(formatPayoutValue('PER_CLICK', '300', 'JPY', 'en'))).toBe('¥300');
  });

  it('shows a value that is not an integer string as it came', () => {
    expect(formatPayoutValue('PER_UNIT', '12.5', 'RUB', 'en')).toBe('12.5');
    expect(formatPayoutValue('PERCENT_OF_SALE', 'n/a', 'RUB', 'en')).toBe('n/a');
  });
});

function Payout({ kind, raw, currency }: { kind: PayoutKind; raw: string; currency: string }) {
  const payout = usePayoutText(currency);
  return (
    <p>
      {payout.kind(kind)}: {payout.withUnit(kind, raw)}
    </p>
  );
}

describe('usePayoutText', () => {
  it.each([
    ['en', 'PER_UNIT', '30000', 'Per unit sold: RUB 300.00 per unit'],
    ['en', 'PERCENT_OF_SALE', '500', 'Percent of the sale: 5% of the sale'],
    ['en', 'FLAT_PER_SALE', '5000', 'Flat per sale: RUB 50.00 per sale'],
    ['en', 'PER_CLICK', '300', 'Per click: RUB 3.00 per click'],
    ['ru', 'PER_UNIT', '30000', 'За единицу товара: 300,00 ₽ за единицу'],
    ['ru', 'PERCENT_OF_SALE', '750', 'Процент от продажи: 7,5 % от суммы продажи'],
  ] as const)('%s %s %s: "%s"', (language, kind, raw, expected) => {
    expect(textOf(renderMarkup(<Payout kind={kind} raw={raw} currency="RUB" />, { language }))).toBe(expected);
  });
});
