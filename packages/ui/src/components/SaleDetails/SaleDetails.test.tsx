import { describe, expect, it } from 'vitest';
import { renderMarkup, textOf } from '../../test/renderMarkup';
import { SaleDetails } from './SaleDetails';
import { saleFixture } from './saleFixture';

describe('SaleDetails', () => {
  it('shows lines with a total, the reward steps in words, fiscal data, flags and photos', () => {
    const text = textOf(renderMarkup(<SaleDetails sale={saleFixture()} />));
    expect(text).toContain('Kettle Aqua 1.7 l');
    // 3 × 1 990,00 = 5 970,00 on the line; the sale's amount in the total row.
    expect(text).toContain('RUB 5,970.00');
    expect(text).toContain('Total RUB 6,590.00');
    expect(text).toContain('Per unit: 3 × RUB 100.00 = RUB 300.00.');
    expect(text).toContain('1 line is not eligible in this promotion and earns nothing.');
    expect(text).toContain('9960440300123456');
    expect(text).toContain('Same photo on another sale');
    expect(text).toContain('The same photo is attached to sale 7f3c');
    expect(text).toContain('In review');
    expect(text).not.toContain('Waiting for a moderator');
  });

  it('speaks Russian with the right plural and leaves out flags the caller may not see', () => {
    const markup = renderMarkup(
      <SaleDetails
        sale={saleFixture({
          riskFlags: null,
          status: 'REJECTED',
          decisionCode: 'UNREADABLE_RECEIPT',
          decisionText: 'Сфотографируйте чек целиком',
          decidedAt: '2026-11-21T10:00:00.000Z',
        })}
      />,
      { language: 'ru' },
    );
    const text = textOf(markup);
    expect(text).toContain('1 строка не относится к акции');
    expect(text).toContain('Чек или фото не читается');
    expect(text).toContain('Сфотографируйте чек целиком');
    expect(markup).not.toContain('sale-flags-section');
  });

  it('says so when a receipt has no fiscal data and no photos', () => {
    const text = textOf(renderMarkup(<SaleDetails sale={saleFixture({ fiscal: null, photos: [], verification: 'NOT_APPLICABLE' })} />));
    expect(text).toContain('No fiscal data: the receipt was logged by number and date.');
    expect(text).toContain('No photos attached');
  });
});
