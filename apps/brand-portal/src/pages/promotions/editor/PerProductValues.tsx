import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PromotionProductFieldsFragment } from '@motiva/schema';
import type { FieldError } from '@motiva/ui';
import { AmountInput } from '../shared/AmountInput';
import type { PayoutFormat } from '../shared/payout';
import type { DraftErrors, OptionDraft } from './formValues';

export interface PerProductValuesProps {
  /** The option's place in the list: its errors are keyed "payoutOptions.<index>.productValues.<productId>". */
  index: number;
  option: OptionDraft;
  onChange: (patch: Partial<OptionDraft>) => void;
  products: PromotionProductFieldsFragment[];
  fmt: PayoutFormat;
  errors: DraftErrors;
  errorText: (error: FieldError | undefined) => string | undefined;
  disabled?: boolean;
}

/** A PER_UNIT option's own value per eligible product; an empty one means the option's value. */
export function PerProductValues({ index, option, onChange, products, fmt, errors, errorText, disabled }: PerProductValuesProps) {
  const { t } = useTranslation();
  const path = `payoutOptions.${index}`;
  return (
    <>
      <Table verticalSpacing={6} horizontalSpacing="sm" withTableBorder data-testid={`payout-option-${index}-products`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('brand.promotions.products.product')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('brand.promotions.products.listPrice')}</Table.Th>
            <Table.Th style={{ textAlign: 'right', width: 200 }}>{t('brand.promotions.payout.perProductValue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => {
            const text = option.productValues[product.id] ?? '';
            const error = errors[`${path}.productValues.${product.id}`];
            return (
              <Table.Tr key={product.id}>
                <Table.Td>
                  <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
                    {product.name}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {product.sku}
                  </Text>
                </Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {fmt.money(product.listPrice.amountMinor)}
                </Table.Td>
                <Table.Td>
                  <AmountInput
                    ariaLabel={t('brand.promotions.payout.perProductFor', { product: product.name })}
                    value={text}
                    onChange={(value) => onChange({ productValues: { ...option.productValues, [product.id]: value } })}
                    unit={fmt.sign}
                    placeholder={option.value || undefined}
                    tidy={(typed) => {
                      const raw = typed.trim() === '' || fmt.problem('PER_UNIT', typed) ? null : fmt.parse('PER_UNIT', typed);
                      return raw === null ? null : fmt.toInput('PER_UNIT', raw);
                    }}
                    error={errorText(error)}
                    disabled={disabled}
                    testId={`payout-option-${index}-product-${product.sku}`}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text fz="xs" c="dimmed" mt={4}>
        {t('brand.promotions.payout.perProductHint')}
      </Text>
    </>
  );
}
