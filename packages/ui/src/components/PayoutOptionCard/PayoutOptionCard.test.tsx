import { describe, expect, it } from 'vitest';
import { renderMarkup, textOf } from '../../test/renderMarkup';
import { PayoutOptionCard, type PayoutOptionView } from './PayoutOptionCard';

const standard: PayoutOptionView = {
  id: 'o1',
  name: 'Standard',
  kind: 'PER_UNIT',
  value: '50000',
  isDefault: true,
  productValues: [{ productId: 'tv', productName: 'Aurora TV 55"', value: '75000' }],
};
const premium: PayoutOptionView = { id: 'o2', name: 'Premium', kind: 'PERCENT_OF_SALE', value: '550', isDefault: false, productValues: [] };

describe('PayoutOptionCard', () => {
  it('says the option, its kind and value with the unit, and its per-product values', () => {
    expect(textOf(renderMarkup(<PayoutOptionCard option={standard} currency="RUB" />))).toBe(
      'Standard Default Per unit sold RUB 500.00 per unit For particular products Aurora TV 55" RUB 750.00 per unit',
    );
    expect(textOf(renderMarkup(<PayoutOptionCard option={standard} currency="RUB" />, { language: 'ru' }))).toBe(
      'Standard По умолчанию За единицу товара 500,00 ₽ за единицу Для отдельных товаров Aurora TV 55" 750,00 ₽ за единицу',
    );
  });

  it('reads a percentage option as a share of the sale, with a note when given', () => {
    const markup = renderMarkup(<PayoutOptionCard option={premium} currency="RUB" note="Members with a link only" />);
    expect(textOf(markup)).toBe('Premium Percent of the sale 5.5% of the sale Members with a link only');
    expect(markup).toContain('data-kind="PERCENT_OF_SALE"');
    expect(markup).not.toContain('payout-default');
  });
});
