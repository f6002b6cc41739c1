import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { usePayoutText } from '@motiva/ui';
import { OverviewCard, num } from './OverviewCard';

/** The payout options in order, the default marked, with their per-product values. */
export function OverviewPayoutOptions({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const fmt = usePayoutText(promotion.currency);
  const options = [...promotion.payoutOptions].sort((a, b) => a.position - b.position);
  return (
    <OverviewCard title={t('brand.promotions.editor.payoutOptions')} testId="overview-payout-options">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" horizontalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('brand.promotions.payout.name')}</Table.Th>
              <Table.Th>{t('brand.promotions.payout.kind')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('brand.promotions.payout.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {options.map((o) => (
              <Table.Tr key={o.id} data-testid="overview-payout-option">
                <Table.Td>
                  <Group gap="xs" wrap="wrap">
                    <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {o.name}
                    </Text>
                    {o.isDefault && (
                      <Badge variant="light" radius="sm" color="motiva">
                        {t('brand.promotions.payout.default')}
                      </Badge>
                    )}
                  </Group>
                  {o.productValues.length > 0 && (
                    <Stack gap={0} mt={4}>
                      {o.productValues.map((pv) => (
                        <Text key={pv.productId} fz="xs" c="dimmed">
                          {t('brand.promotions.overview.productValue', {
                            product: pv.productName,
                            value: fmt.withUnit('PER_UNIT', pv.value),
                          })}
                        </Text>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>{fmt.kind(o.kind)}</Table.Td>
                <Table.Td style={num} data-testid="overview-payout-value">
                  {fmt.withUnit(o.kind, o.value)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </OverviewCard>
  );
}
