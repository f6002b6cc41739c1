import { Accordion, Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { usePayoutText } from '../../payout/usePayoutText';
import { explainRewardSteps } from './explainSteps';
import { NUMERIC, type SaleRewardPreview } from './types';
import { useSaleDetailsT } from './useSaleDetailsT';

/**
 * The reward as it was worked out when the sale was logged (the sale's stored `explanation`): the
 * amount and option, the steps in the reader's language, what each line earned, and the server's log.
 */
export function SaleRewardExplanation({ explanation: p }: { explanation: SaleRewardPreview }) {
  const t = useSaleDetailsT();
  const text = usePayoutText(p.amount.currency);
  const steps = explainRewardSteps(p, text, t);
  const perUnit = p.kind === 'PER_UNIT';
  return (
    <Stack gap="sm" data-testid="sale-explanation" data-kind={p.kind}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fz={28} fw={800} lh={1.15} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="sale-explanation-amount">
            {text.money(p.amount.amountMinor)}
          </Text>
          <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('saleDetails.explanation.under', {
              name: p.payoutOptionName,
              value: text.withUnit(p.kind, p.overrideValue ?? p.optionValue),
            })}
          </Text>
        </Stack>
        {p.cappedBy && (
          <Badge color="orange" variant="light" radius="sm" style={{ minWidth: 'max-content' }} data-testid="sale-explanation-capped">
            {t(`saleDetails.explanation.cappedBy.${p.cappedBy}`, { defaultValue: p.cappedBy })}
          </Badge>
        )}
      </Group>
      <Group gap="xl" wrap="wrap">
        <Figure label={t('saleDetails.explanation.eligibleSale')} value={text.money(p.eligibleSaleAmount.amountMinor)} />
        <Figure label={t('saleDetails.explanation.uncapped')} value={text.money(p.uncapped.amountMinor)} />
      </Group>
      <List
        type="ordered"
        spacing={4}
        fz="sm"
        data-testid="sale-explanation-steps"
        styles={{ itemWrapper: { minWidth: 0 }, itemLabel: { overflowWrap: 'anywhere' } }}
      >
        {steps.map((s, i) => (
          <List.Item key={i} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {s}
          </List.Item>
        ))}
      </List>
      <Table.ScrollContainer minWidth={280} type="native">
        <Table verticalSpacing="xs" horizontalSpacing="sm" data-testid="sale-explanation-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('saleDetails.lines.product')}</Table.Th>
              {perUnit && <Table.Th style={NUMERIC}>{t('saleDetails.explanation.perUnit')}</Table.Th>}
              <Table.Th style={NUMERIC}>{t('saleDetails.explanation.earns')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.lines.map((l, i) => {
              const counted = l.outcome === 'COUNTED';
              return (
                <Table.Tr key={i} data-testid="sale-explanation-line" data-outcome={l.outcome}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text fz="sm">{l.productName ?? l.productId}</Text>
                    <Badge
                      variant="light"
                      radius="sm"
                      size="sm"
                      mt={2}
                      color={counted ? 'green' : 'gray'}
                      style={{ minWidth: 'max-content' }}
                    >
                      {t(`saleDetails.explanation.outcomes.${l.outcome}`, { defaultValue: l.outcome })}
                    </Badge>
                  </Table.Td>
                  {perUnit && <Table.Td style={NUMERIC}>{counted && l.value != null ? text.money(l.value) : '—'}</Table.Td>}
                  <Table.Td style={NUMERIC}>{text.money(l.amount.amountMinor)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {p.steps.length > 0 && (
        <Accordion variant="contained" radius="md">
          <Accordion.Item value="log">
            <Accordion.Control fz="sm">{t('saleDetails.explanation.serverLog')}</Accordion.Control>
            <Accordion.Panel>
              <Text fz="xs" c="dimmed" mb={6}>
                {t('saleDetails.explanation.serverLogHint')}
              </Text>
              <List fz="xs" spacing={2} ff="monospace" styles={{ itemLabel: { overflowWrap: 'anywhere' } }}>
                {p.steps.map((s, i) => (
                  <List.Item key={i}>{s}</List.Item>
                ))}
              </List>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Stack>
  );
}
