import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { IconX } from '@motiva/ui';
import { AmountInput } from '../shared/AmountInput';
import { IconPlus } from '../shared/icons';
import type { PayoutFormat } from '../shared/payout';
import { newLine, type LineDraft } from './previewInput';

type Product = BrandPromotionFieldsFragment['products'][number];

/** The sale to price: one product, quantity and (optional) unit price per line; only the promotion's products are offered. */
export function PreviewLines({
  products,
  lines,
  onChange,
  errors,
  fmt,
}: {
  products: Product[];
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  errors: Record<string, string>;
  fmt: PayoutFormat;
}) {
  const { t } = useTranslation();
  const byId = new Map(products.map((p) => [p.id, p]));
  const options = products.map((p) => ({ value: p.id, label: p.name }));
  const setLine = (key: string, patch: Partial<LineDraft>) => onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  return (
    <Stack gap="xs">
      <Text fz="sm" fw={500}>
        {t('brand.promotions.preview.lines')}
      </Text>
      {lines.map((line, i) => {
        const product = line.productId ? byId.get(line.productId) : undefined;
        return (
          <Paper key={line.key} withBorder radius="md" p="sm" data-testid={`preview-line-${i}`}>
            <Stack gap="xs">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Select
                  aria-label={t('brand.promotions.products.product')}
                  placeholder={t('brand.promotions.preview.productPlaceholder')}
                  data={options}
                  value={line.productId}
                  onChange={(v) => setLine(line.key, { productId: v })}
                  searchable
                  nothingFoundMessage={t('brand.promotions.preview.noProducts')}
                  renderOption={({ option }) => (
                    <Stack gap={0}>
                      <Text fz="sm">{option.label}</Text>
                      <Text fz="xs" c="dimmed">
                        {byId.get(option.value)?.sku}
                      </Text>
                    </Stack>
                  )}
                  error={errors[`lines.${i}.productId`]}
                  style={{ flex: 1, minWidth: 0 }}
                  data-testid={`preview-line-${i}-product`}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={() => onChange(lines.filter((l) => l.key !== line.key))}
                  disabled={lines.length === 1}
                  aria-label={t('brand.promotions.preview.removeLine', { n: i + 1 })}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <NumberInput
                  label={t('brand.promotions.preview.quantity')}
                  value={line.quantity}
                  onChange={(v) => setLine(line.key, { quantity: v })}
                  min={1}
                  max={1_000_000}
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  error={errors[`lines.${i}.quantity`]}
                  w={110}
                  styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
                  data-testid={`preview-line-${i}-quantity`}
                />
                <AmountInput
                  label={t('brand.promotions.preview.unitPrice')}
                  value={line.unitPrice}
                  onChange={(v) => setLine(line.key, { unitPrice: v })}
                  unit={fmt.sign}
                  placeholder={product ? fmt.moneyToInput(product.listPrice.amountMinor) : undefined}
                  tidy={(text) => {
                    const minor = fmt.parseMoney(text);
                    return minor === null ? null : fmt.moneyToInput(minor);
                  }}
                  description={t('brand.promotions.preview.unitPriceHint')}
                  error={errors[`lines.${i}.unitPriceMinor`]}
                  testId={`preview-line-${i}-price`}
                  w="100%"
                />
              </Group>
            </Stack>
          </Paper>
        );
      })}
      {errors.lines && (
        <Text c="red" fz="sm">
          {errors.lines}
        </Text>
      )}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...lines, newLine()])}
          disabled={lines.length >= 100}
          data-testid="preview-add-line"
        >
          {t('brand.promotions.preview.addLine')}
        </Button>
      </Group>
    </Stack>
  );
}
