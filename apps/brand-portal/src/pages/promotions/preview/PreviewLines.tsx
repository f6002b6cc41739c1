import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { IconPlus } from '../shared/icons';
import type { PayoutFormat } from '../shared/payout';
import { SaleLineFields, type SaleLineDraft, type SaleLineText } from '../shared/SaleLineFields';
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
  const setLine = (key: string, patch: Partial<SaleLineDraft>) => onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const text: SaleLineText = {
    product: t('brand.promotions.products.product'),
    productPlaceholder: t('brand.promotions.preview.productPlaceholder'),
    noProducts: t('brand.promotions.preview.noProducts'),
    quantity: t('brand.promotions.preview.quantity'),
    unitPrice: t('brand.promotions.preview.unitPrice'),
    unitPriceHint: t('brand.promotions.preview.unitPriceHint'),
    removeLine: (n) => t('brand.promotions.preview.removeLine', { n }),
  };

  return (
    <Stack gap="xs">
      <Text fz="sm" fw={500}>
        {t('brand.promotions.preview.lines')}
      </Text>
      {lines.map((line, i) => (
        <SaleLineFields
          key={line.key}
          line={line}
          index={i}
          products={products}
          text={text}
          testId={`preview-line-${i}`}
          errors={errors}
          fmt={fmt}
          maxQuantity={1_000_000}
          // An empty price means the list price: it shows there.
          listPricePlaceholder
          onProduct={(productId) => setLine(line.key, { productId })}
          onChange={(patch) => setLine(line.key, patch)}
          onRemove={() => onChange(lines.filter((l) => l.key !== line.key))}
          removable={lines.length > 1}
        />
      ))}
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
