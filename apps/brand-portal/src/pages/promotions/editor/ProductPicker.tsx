import { ActionIcon, Alert, Group, MultiSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PromotionProductFieldsFragment } from '@motiva/schema';
import { IconAlert, IconX, StatusBadge, useFormat } from '@motiva/ui';

export interface ProductPickerProps {
  /** Every product of the brand the picker can offer. */
  products: PromotionProductFieldsFragment[];
  value: string[];
  onChange: (ids: string[]) => void;
  /** A live promotion takes approved products only. */
  approvedOnly: boolean;
  error?: string;
  disabled?: boolean;
  loading?: boolean;
}

/** Eligible products: chosen from the brand's nomenclature, each shown with its moderation status. */
export function ProductPicker({ products, value, onChange, approvedOnly, error, disabled, loading }: ProductPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const byId = new Map(products.map((p) => [p.id, p]));
  const chosen = value.map((id) => byId.get(id)).filter((p): p is PromotionProductFieldsFragment => !!p);
  const notApproved = chosen.filter((p) => p.status !== 'APPROVED');

  return (
    <Stack gap="sm">
      <MultiSelect
        label={t('brand.promotions.fields.products')}
        description={t(approvedOnly ? 'brand.promotions.products.liveHint' : 'brand.promotions.products.hint')}
        placeholder={value.length === 0 ? t('brand.promotions.products.placeholder') : undefined}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
        data={products.map((p) => ({
          value: p.id,
          label: `${p.name} · ${p.sku}`,
          disabled: approvedOnly && p.status !== 'APPROVED' && !value.includes(p.id),
        }))}
        renderOption={({ option }) => {
          const product = byId.get(option.value);
          return (
            <Group justify="space-between" wrap="nowrap" gap="sm" w="100%">
              <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
                {option.label}
              </Text>
              {product && <StatusBadge kind="product" status={product.status} />}
            </Group>
          );
        }}
        value={value}
        onChange={onChange}
        searchable
        clearable={false}
        hidePickedOptions
        nothingFoundMessage={t(loading ? 'common.loading' : 'brand.promotions.products.nothingFound')}
        error={error}
        disabled={disabled}
        maxDropdownHeight={320}
        data-testid="promotion-products"
      />
      {chosen.length > 0 && (
        <Table withTableBorder verticalSpacing={6} horizontalSpacing="sm" data-testid="promotion-products-chosen">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('brand.promotions.products.product')}</Table.Th>
              <Table.Th>{t('brand.promotions.products.sku')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('brand.promotions.products.listPrice')}</Table.Th>
              <Table.Th>{t('brand.promotions.products.status')}</Table.Th>
              <Table.Th style={{ width: 44 }} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {chosen.map((p) => (
              <Table.Tr key={p.id} data-testid="promotion-product-row">
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.name}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.sku}</Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {format.money(p.listPrice.amountMinor, p.listPrice.currency)}
                </Table.Td>
                <Table.Td>
                  <StatusBadge kind="product" status={p.status} />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => onChange(value.filter((id) => id !== p.id))}
                    disabled={disabled}
                    aria-label={t('brand.promotions.products.remove', { name: p.name })}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {notApproved.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlert />} data-testid="promotion-products-warning">
          {t('brand.promotions.products.notApproved', { names: notApproved.map((p) => p.name).join(', '), count: notApproved.length })}
        </Alert>
      )}
    </Stack>
  );
}
