import { Table, Text } from '@mantine/core';
import { useFormat } from '../../format/useFormat';
import { NUMERIC, type MoneyFields, type SaleDetailsSale } from './types';
import { useSaleDetailsT } from './useSaleDetailsT';

/**
 * The sale's lines with a total row. On a phone quantity and unit price fold under the product name,
 * so the table keeps two columns and nothing is cut.
 */
export function SaleLinesTable({ lines, amount }: { lines: SaleDetailsSale['lines']; amount: MoneyFields }) {
  const t = useSaleDetailsT();
  const format = useFormat();
  const money = (m: MoneyFields) => format.money(m.amountMinor, m.currency);
  return (
    <Table.ScrollContainer minWidth={300} type="native">
      <Table verticalSpacing="xs" horizontalSpacing="sm" data-testid="sale-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('saleDetails.lines.product')}</Table.Th>
            <Table.Th style={NUMERIC} visibleFrom="sm">
              {t('saleDetails.lines.quantity')}
            </Table.Th>
            <Table.Th style={NUMERIC} visibleFrom="sm">
              {t('saleDetails.lines.unitPrice')}
            </Table.Th>
            <Table.Th style={NUMERIC}>{t('saleDetails.lines.lineTotal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l, i) => {
            const lineTotal = (BigInt(l.unitPrice.amountMinor) * BigInt(l.quantity)).toString();
            const price = money(l.unitPrice);
            return (
              <Table.Tr key={`${l.productId}-${i}`} data-testid="sale-line">
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text fz="sm">{l.productName}</Text>
                  <Text fz="xs" c="dimmed">
                    {l.sku}
                  </Text>
                  <Text fz="xs" c="dimmed" hiddenFrom="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {format.number(l.quantity)} × {price}
                  </Text>
                </Table.Td>
                <Table.Td style={NUMERIC} visibleFrom="sm">
                  {format.number(l.quantity)}
                </Table.Td>
                <Table.Td style={NUMERIC} visibleFrom="sm">
                  {price}
                </Table.Td>
                <Table.Td style={NUMERIC}>{money({ amountMinor: lineTotal, currency: l.unitPrice.currency })}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('saleDetails.lines.total')}</Table.Th>
            <Table.Th visibleFrom="sm" />
            <Table.Th visibleFrom="sm" />
            <Table.Th style={NUMERIC} data-testid="sale-lines-total">
              {money(amount)}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
