import { Accordion, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PayoutFormat } from '../shared/payout';
import { explain, type Preview } from './explain';
import { PreviewLinesTable } from './PreviewLinesTable';

/** The answer: the reward, how it was reached, each line's share, and the server's own log. */
export function PreviewResult({ preview, fmt }: { preview: Preview; fmt: PayoutFormat }) {
  const { t } = useTranslation();
  const steps = explain(preview, fmt, t);
  return (
    <>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="preview-result" data-kind={preview.kind}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fz="sm" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
              {t('brand.promotions.preview.reward')}
            </Text>
            <Text fz={{ base: 32, sm: 40 }} fw={800} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="preview-amount">
              {fmt.money(preview.amount.amountMinor)}
            </Text>
            <Text fz="sm" c="dimmed">
              {t('brand.promotions.preview.under', {
                name: preview.payoutOptionName,
                value: fmt.withUnit(preview.kind, preview.overrideValue ?? preview.optionValue),
              })}
            </Text>
          </Stack>
          {preview.cappedBy && (
            <Badge color="orange" variant="light" size="lg" radius="sm" style={{ minWidth: 'max-content' }} data-testid="preview-capped">
              {t(`brand.promotions.preview.cappedBy.${preview.cappedBy}`, { defaultValue: preview.cappedBy })}
            </Badge>
          )}
        </Group>
        <Group gap="xl" mt="md" wrap="wrap">
          <Figure
            label={t('brand.promotions.preview.eligibleSale')}
            value={fmt.money(preview.eligibleSaleAmount.amountMinor)}
            testId="preview-eligible-sale"
          />
          <Figure
            label={t('brand.promotions.preview.uncapped')}
            value={fmt.money(preview.uncapped.amountMinor)}
            testId="preview-uncapped"
          />
        </Group>
      </Paper>

      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Title order={3} fz="h5" mb="sm">
          {t('brand.promotions.preview.howTitle')}
        </Title>
        <List
          type="ordered"
          spacing={6}
          fz="sm"
          data-testid="preview-steps"
          styles={{ itemWrapper: { minWidth: 0 }, itemLabel: { overflowWrap: 'anywhere' } }}
        >
          {steps.map((s, i) => (
            <List.Item key={i} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {s}
            </List.Item>
          ))}
        </List>
      </Paper>

      <PreviewLinesTable preview={preview} fmt={fmt} />

      <Accordion variant="contained" radius="md">
        <Accordion.Item value="log">
          <Accordion.Control data-testid="preview-log-toggle">{t('brand.promotions.preview.serverLog')}</Accordion.Control>
          <Accordion.Panel>
            <Text fz="xs" c="dimmed" mb={6}>
              {t('brand.promotions.preview.serverLogHint')}
            </Text>
            <List fz="xs" spacing={2} ff="monospace" styles={{ itemLabel: { overflowWrap: 'anywhere' } }}>
              {preview.steps.map((s, i) => (
                <List.Item key={i}>{s}</List.Item>
              ))}
            </List>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}
