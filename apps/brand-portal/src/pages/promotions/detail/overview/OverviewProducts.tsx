import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { StatusBadge, useFormat } from '@motiva/ui';
import { OverviewCard, num } from './OverviewCard';

/** The eligible products with their price and moderation status. */
export function OverviewProducts({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <OverviewCard title={t('brand.promotions.fields.products')} testId="overview-products">
      {promotion.products.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {t('brand.promotions.overview.noProducts')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" horizontalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('brand.promotions.products.product')}</Table.Th>
                <Table.Th>{t('brand.promotions.products.sku')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('brand.promotions.products.listPrice')}</Table.Th>
                <Table.Th>{t('brand.promotions.products.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {promotion.products.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.name}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.sku}</Table.Td>
                  <Table.Td style={num}>{format.money(p.listPrice.amountMinor, p.listPrice.currency)}</Table.Td>
                  <Table.Td>
                    <StatusBadge kind="product" status={p.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </OverviewCard>
  );
}
