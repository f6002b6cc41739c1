import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, formatBasisPoints, useFormat } from '@motiva/ui';
import { Section } from '../../components/Section';
import { numeric, type Promotion } from './types';

/**
 * Per eligible product, what one unit at its list price earns the participant under their own terms
 * (or the default option before they join): "500.00 ₽ per unit", "274.95 ₽ — 5% of the sale".
 */
export function EarningsSection({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  const format = useFormat();
  const member = promotion.myMembership;
  const option = member?.payoutOption ?? promotion.payoutOptions.find((o) => o.isDefault) ?? null;
  // The value the API applied: the member's own value replaces the option's.
  const rate = member?.overrideValue ?? option?.value ?? null;
  const kind = promotion.earnings[0]?.kind ?? option?.kind;

  const explain = (earningKind: typeof kind) =>
    earningKind === 'PERCENT_OF_SALE' && rate !== null
      ? t('participant.promotion.earnings.PERCENT_OF_SALE', { percent: formatBasisPoints(rate, format.locale) })
      : earningKind
        ? t(`participant.promotion.earnings.${earningKind}`)
        : '';

  return (
    <Section
      title={t('participant.promotion.earnings.title')}
      description={
        option
          ? t(member ? 'participant.promotion.earnings.member' : 'participant.promotion.earnings.guest', { option: option.name })
          : undefined
      }
      testId="my-earnings"
    >
      {kind === 'PER_CLICK' && rate !== null && (
        <Alert color="blue" variant="light" mb="md" data-testid="earnings-clicks">
          {t('participant.promotion.earnings.clicks', { amount: format.money(rate, promotion.currency) })}
        </Alert>
      )}
      {promotion.earnings.length === 0 ? (
        <EmptyState title={t('participant.promotion.earnings.empty')} testId="earnings-empty" />
      ) : (
        <Table verticalSpacing="sm" horizontalSpacing="xs" layout="auto">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('participant.promotion.earnings.product')}</Table.Th>
              <Table.Th ta="right" visibleFrom="sm">
                {t('participant.promotion.earnings.price')}
              </Table.Th>
              <Table.Th ta="right">{t('participant.promotion.earnings.earn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {promotion.earnings.map((earning) => {
              const price = format.money(earning.product.listPrice.amountMinor, earning.product.listPrice.currency);
              return (
                <Table.Tr key={earning.product.id} data-testid={`earning-${earning.product.sku}`}>
                  <Table.Td>
                    <Text fz="sm" fw={500} style={{ overflowWrap: 'break-word' }}>
                      {earning.product.name}
                    </Text>
                    <Text fz="xs" c="dimmed" style={numeric}>
                      {earning.product.sku}
                    </Text>
                    {/* On phones the price column is folded in under the name. */}
                    <Text fz="xs" c="dimmed" hiddenFrom="sm" style={numeric}>
                      {t('participant.promotion.earnings.price')}: {price}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" visibleFrom="sm" style={numeric}>
                    {price}
                  </Table.Td>
                  <Table.Td ta="right">
                    {earning.kind === 'PER_CLICK' ? (
                      <Text fz="sm" c="dimmed" data-testid="earning-amount">
                        {t('common.notSet')}
                      </Text>
                    ) : (
                      <Text fz="sm" fw={700} style={numeric} data-testid="earning-amount">
                        {format.money(earning.amount.amountMinor, earning.amount.currency)}
                      </Text>
                    )}
                    <Text fz="xs" c="dimmed" data-testid="earning-basis">
                      {explain(earning.kind)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
