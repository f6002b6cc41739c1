import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerPromotionQuery } from '@motiva/schema';
import { EmptyState, useFormat } from '@motiva/ui';

type Promotion = PartnerPromotionQuery['promotion'];
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** The eligible products with their list price and what one unit earns under the default option. */
export function PromotionProducts({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  const format = useFormat();
  const earnings = new Map(promotion.earnings.map((e) => [e.product.id, e]));
  if (promotion.products.length === 0) return <EmptyState title={t('partner.promotion.noProducts')} testId="products-empty" />;
  return (
    <Table.ScrollContainer minWidth={280}>
      <Table verticalSpacing="sm" horizontalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('partner.promotion.product')}</Table.Th>
            <Table.Th ta="right" visibleFrom="sm">
              {t('partner.promotion.price')}
            </Table.Th>
            <Table.Th ta="right">{t('partner.promotion.earns')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {promotion.products.map((product) => {
            const earning = earnings.get(product.id);
            const price = format.money(product.listPrice.amountMinor, product.listPrice.currency);
            return (
              <Table.Tr key={product.id} data-testid="promotion-product">
                <Table.Td>
                  <Text fz="sm" style={{ overflowWrap: 'break-word' }}>
                    {product.name}
                  </Text>
                  <Text fz="xs" c="dimmed" style={numeric}>
                    {product.sku}
                  </Text>
                  {/* On phones the price column is folded in under the name. */}
                  <Text fz="xs" c="dimmed" hiddenFrom="sm" style={numeric}>
                    {t('partner.promotion.price')}: {price}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" visibleFrom="sm" style={numeric}>
                  {price}
                </Table.Td>
                <Table.Td ta="right" style={numeric}>
                  {earning ? format.money(earning.amount.amountMinor, earning.amount.currency) : t('common.notSet')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
