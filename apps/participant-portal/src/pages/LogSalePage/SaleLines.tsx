import { ActionIcon, Alert, Button, Grid, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoneyInput, minorToInputText, useFormat } from '@motiva/ui';
import { linesTotalMinor, MAX_LINES, newLine, type DraftErrors, type LineDraft } from './saleForm';

export interface SaleProduct {
  id: string;
  name: string;
  sku: string;
  listPrice: { amountMinor: string; currency: string };
}

/** The products sold: product, quantity, unit price; lines added and removed; their sum against the receipt's total. */
export function SaleLines({
  lines,
  onChange,
  products,
  currency,
  receiptTotal,
  errors,
}: {
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  products: SaleProduct[];
  currency: string;
  /** The receipt's total when a fiscal receipt says it (minor units). */
  receiptTotal: bigint | null;
  errors: DraftErrors;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const options = products.map((p) => ({ value: p.id, label: `${p.name} · ${p.sku}` }));
  const update = (key: string, patch: Partial<LineDraft>) =>
    onChange(lines.map((line) => (line.key === key ? { ...line, ...patch } : line)));
  const choose = (line: LineDraft, productId: string | null) => {
    const product = products.find((p) => p.id === productId);
    // The list price is a start; the participant types what the customer paid.
    update(line.key, {
      productId,
      price: line.price || !product ? line.price : minorToInputText(product.listPrice.amountMinor, format.locale),
    });
  };
  const total = linesTotalMinor(lines, format.locale);
  const over = receiptTotal !== null && total > receiptTotal;
  const err = (path: string) => (errors[path] ? t(errors[path]!) : undefined);

  return (
    <Stack gap="sm">
      {lines.map((line, index) => (
        <Paper key={line.key} withBorder radius="md" p="sm" bg="gray.0" pos="relative" data-testid="sale-line">
          {lines.length > 1 && (
            // In the corner, on the label row: the fields keep their whole width on a phone.
            <ActionIcon
              variant="subtle"
              color="red"
              size="md"
              pos="absolute"
              top={6}
              right={6}
              style={{ zIndex: 1 }}
              onClick={() => onChange(lines.filter((l) => l.key !== line.key))}
              aria-label={t('participant.sales.lines.remove', { n: index + 1 })}
              data-testid="line-remove"
            >
              ×
            </ActionIcon>
          )}
          <Grid gap="sm" align="flex-start">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Select
                label={t('participant.sales.lines.product')}
                placeholder={t('participant.sales.lines.productPlaceholder')}
                data={options}
                value={line.productId}
                onChange={(value) => choose(line, value)}
                searchable
                nothingFoundMessage={t('participant.sales.lines.noProduct')}
                error={err(`lines.${index}.productId`)}
                required
                comboboxProps={{ withinPortal: true }}
                data-testid="line-product"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 4, md: 2 }}>
              <TextInput
                label={t('participant.sales.lines.quantity')}
                value={line.quantity}
                onChange={(event) => update(line.key, { quantity: event.currentTarget.value.replace(/\D/g, '') })}
                inputMode="numeric"
                maxLength={5}
                error={err(`lines.${index}.quantity`)}
                required
                styles={{ input: { fontVariantNumeric: 'tabular-nums', textAlign: 'right' } }}
                data-testid="line-quantity"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 8, md: 4 }}>
              <MoneyInput
                label={t('participant.sales.lines.unitPrice')}
                amount={line.price}
                onAmountChange={(price) => update(line.key, { price })}
                currency={currency}
                onCurrencyChange={() => {}}
                currencies={[currency]}
                error={err(`lines.${index}.price`)}
                required
                testId="line-price"
              />
            </Grid.Col>
          </Grid>
        </Paper>
      ))}
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Button
          variant="default"
          onClick={() => onChange([...lines, newLine()])}
          disabled={lines.length >= MAX_LINES}
          data-testid="line-add"
        >
          + {t('participant.sales.lines.add')}
        </Button>
        <Stack gap={0} align="flex-end">
          <Text fz="sm" c="dimmed">
            {t('participant.sales.lines.total')}
          </Text>
          <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums' }} c={over ? 'red.7' : undefined} data-testid="lines-total">
            {format.money(total, currency)}
            {receiptTotal !== null && (
              <Text span c="dimmed" fw={400} fz="sm">
                {' '}
                / {format.money(receiptTotal, currency)}
              </Text>
            )}
          </Text>
        </Stack>
      </Group>
      {over && (
        <Alert color="orange" variant="light" data-testid="lines-over-total">
          {t('participant.sales.lines.overTotal', { total: format.money(receiptTotal, currency) })}
        </Alert>
      )}
      {errors.lines && !over && (
        <Text c="red.7" fz="sm" data-testid="lines-error">
          {t(errors.lines)}
        </Text>
      )}
    </Stack>
  );
}
