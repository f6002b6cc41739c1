import { Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminPromotionFieldsFragment } from '@motiva/schema';
import { IconAlert, StatusBadge, useFormat } from '@motiva/ui';
import { tabular } from './ReviewSection';

const P = 'admin.promotions';

/** The eligible products with their moderation status: one not approved blocks the approval. */
export function ReviewProducts({ products }: { products: AdminPromotionFieldsFragment['products'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (products.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {t(`${P}.noProducts`)}
      </Text>
    );
  }
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table verticalSpacing="xs" horizontalSpacing="sm" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`${P}.fields.product`)}</Table.Th>
            <Table.Th ta="right">{t(`${P}.fields.listPrice`)}</Table.Th>
            <Table.Th>{t(`${P}.fields.moderation`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => {
            const blocked = product.status !== 'APPROVED';
            return (
              <Table.Tr key={product.id} bg={blocked ? 'orange.0' : undefined} data-testid="promotion-product" data-status={product.status}>
                <Table.Td>
                  <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {product.name}
                  </Text>
                  <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {product.sku}
                  </Text>
                  {blocked && (
                    <Group gap={4} wrap="nowrap" mt={2}>
                      <IconAlert size={12} color="var(--mantine-color-orange-7)" style={{ flexShrink: 0 }} />
                      <Text fz="xs" c="orange.8">
                        {t(`${P}.productNotApproved`)}
                      </Text>
                    </Group>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={tabular}>
                  {format.money(product.listPrice.amountMinor, product.listPrice.currency)}
                </Table.Td>
                <Table.Td>
                  <StatusBadge kind="product" status={product.status} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
