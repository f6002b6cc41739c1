import { Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@motiva/ui';
import type { PayoutFormat } from '../shared/payout';
import type { Preview } from './explain';

const num = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/**
 * One row per line. It stays inside its card: on phones quantity and price fold under the product,
 * and anything still too wide scrolls within the card rather than widening the page.
 */
export function PreviewLinesTable({ preview, fmt }: { preview: Preview; fmt: PayoutFormat }) {
  const { t } = useTranslation();
  const format = useFormat();
  const perUnit = preview.kind === 'PER_UNIT';
  return (
    <Paper withBorder radius="md" p={0} style={{ overflow: 'hidden' }} data-testid="preview-lines-card">
      <Table.ScrollContainer minWidth={340} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="sm" data-testid="preview-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('brand.promotions.products.product')}</Table.Th>
              <Table.Th style={num} visibleFrom="sm">
                {t('brand.promotions.preview.quantity')}
              </Table.Th>
              <Table.Th style={num} visibleFrom="sm">
                {t('brand.promotions.preview.unitPrice')}
              </Table.Th>
              {perUnit && <Table.Th style={num}>{t('brand.promotions.preview.perUnit')}</Table.Th>}
              <Table.Th style={num}>{t('brand.promotions.preview.lineAmount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.lines.map((l, i) => {
              const counted = l.outcome === 'COUNTED';
              const price = fmt.money(l.unitPrice.amountMinor);
              return (
                <Table.Tr key={i} data-testid="preview-line-result" data-outcome={l.outcome}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text fz="sm">{l.productName ?? l.productId}</Text>
                    <Text fz="xs" c="dimmed" hiddenFrom="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {format.number(l.quantity)} × {price}
                    </Text>
                    <Badge
                      variant="light"
                      radius="sm"
                      size="sm"
                      mt={4}
                      color={counted ? 'green' : 'gray'}
                      style={{ minWidth: 'max-content' }}
                      data-testid="preview-line-outcome"
                    >
                      {t(`brand.promotions.preview.outcomes.${l.outcome}`, { defaultValue: l.outcome })}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={num} visibleFrom="sm">
                    {format.number(l.quantity)}
                  </Table.Td>
                  <Table.Td style={num} visibleFrom="sm">
                    {price}
                  </Table.Td>
                  {/* A line that does not count has no per-unit value: a dash, not a number that reads as earned. */}
                  {perUnit && (
                    <Table.Td style={num} data-testid="preview-line-per-unit">
                      {counted && l.value != null ? fmt.money(l.value) : '—'}
                    </Table.Td>
                  )}
                  <Table.Td style={num}>{fmt.money(l.amount.amountMinor)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
