import { describe, expect, it } from 'vitest';
import { renderMarkup, textOf } from '../../test/renderMarkup';
import { SaleListFilters } from './SaleListFilters';
import { SALE_LIST_FILTERS } from './saleListParams';

const promotions = [{ value: 'pr1', label: 'Autumn TVs' }];
const noop = () => {};

describe('SaleListFilters', () => {
  it('puts the participant filter first where one is given', () => {
    const withPeople = renderMarkup(
      <SaleListFilters
        values={SALE_LIST_FILTERS}
        onChange={noop}
        promotions={promotions}
        participantFilter={<span data-testid="picker" />}
      />,
    );
    expect(withPeople.indexOf('data-testid="picker"')).toBeGreaterThan(-1);
    expect(withPeople.indexOf('data-testid="picker"')).toBeLessThan(withPeople.indexOf('data-testid="sales-filter-promotion"'));
    const brand = renderMarkup(<SaleListFilters values={SALE_LIST_FILTERS} onChange={noop} promotions={promotions} testId="brand" />);
    expect(brand).not.toContain('participant');
    expect(brand).toContain('data-testid="brand-promotion"');
    expect(brand).toContain('data-testid="brand-status"');
    expect(brand).toContain('data-testid="brand-from"');
  });

  it('shows the chosen values and a clear button once a filter is set, in Russian', () => {
    const idle = renderMarkup(<SaleListFilters values={SALE_LIST_FILTERS} onChange={noop} onClear={noop} promotions={promotions} />);
    expect(idle).not.toContain('sales-filter-clear');
    const markup = renderMarkup(
      <SaleListFilters
        values={{ ...SALE_LIST_FILTERS, promotion: 'pr1', status: 'REJECTED' }}
        onChange={noop}
        onClear={noop}
        promotions={promotions}
      />,
      { language: 'ru' },
    );
    expect(markup).toContain('sales-filter-clear');
    expect(markup).toContain('value="Autumn TVs"');
    expect(textOf(markup)).toContain('Сбросить фильтры');
  });

  it('marks an inverted period', () => {
    const markup = renderMarkup(
      <SaleListFilters values={{ ...SALE_LIST_FILTERS, from: '2026-03-02', to: '2026-03-01' }} onChange={noop} promotions={promotions} />,
    );
    expect(markup).toContain('data-error="true"');
  });
});
