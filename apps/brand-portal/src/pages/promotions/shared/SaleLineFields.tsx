import type { ReactNode } from 'react';
import { ActionIcon, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { IconX } from '@motiva/ui';
import { AmountInput } from './AmountInput';
import type { PayoutFormat } from './payout';

type Product = BrandPromotionFieldsFragment['products'][number];

/** One line of a sale as typed; the reward preview's and the manual sale's line drafts both have this shape. */
export interface SaleLineDraft {
  key: string;
  productId: string | null;
  quantity: number | string;
  unitPrice: string;
}

/** What the line's controls say: each form has its own words (the manual sale offers approved products only). */
export interface SaleLineText {
  product: string;
  productPlaceholder: string;
  noProducts: string;
  quantity: string;
  unitPrice: string;
  /** Under the price field, e.g. what an empty price means. */
  unitPriceHint?: string;
  removeLine: (n: number) => string;
}

/**
 * One line of a sale: the product (each offered with its SKU), quantity and unit price, with a button that
 * removes the line. The reward preview and the manual sale both edit lines with it, so the two keep one layout.
 * Errors are read at the API's own paths (`lines.0.quantity`); the test ids are `testId` and `testId-product`,
 * `-remove`, `-quantity`, `-price`. `children` goes under the fields (the manual sale's line total).
 */
export function SaleLineFields({
  line,
  index,
  products,
  text,
  testId,
  errors,
  fmt,
  maxQuantity,
  listPricePlaceholder = false,
  onProduct,
  onChange,
  onRemove,
  removable,
  children,
}: {
  line: SaleLineDraft;
  index: number;
  products: readonly Product[];
  text: SaleLineText;
  testId: string;
  errors: Record<string, string>;
  fmt: PayoutFormat;
  maxQuantity: number;
  /** Show the chosen product's list price in the empty price field: the price used when none is typed. */
  listPricePlaceholder?: boolean;
  onProduct: (productId: string | null) => void;
  onChange: (patch: Pick<Partial<SaleLineDraft>, 'quantity' | 'unitPrice'>) => void;
  onRemove: () => void;
  /** False for the last line: a sale has at least one. */
  removable: boolean;
  children?: ReactNode;
}) {
  const byId = new Map(products.map((p) => [p.id, p]));
  const product = line.productId ? byId.get(line.productId) : undefined;
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Select
            aria-label={text.product}
            placeholder={text.productPlaceholder}
            data={products.map((p) => ({ value: p.id, label: p.name }))}
            value={line.productId}
            onChange={onProduct}
            searchable
            nothingFoundMessage={text.noProducts}
            renderOption={({ option }) => (
              <Stack gap={0}>
                <Text fz="sm">{option.label}</Text>
                <Text fz="xs" c="dimmed">
                  {byId.get(option.value)?.sku}
                </Text>
              </Stack>
            )}
            error={errors[`lines.${index}.productId`]}
            style={{ flex: 1, minWidth: 0 }}
            data-testid={`${testId}-product`}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            onClick={onRemove}
            disabled={!removable}
            aria-label={text.removeLine(index + 1)}
            data-testid={`${testId}-remove`}
          >
            <IconX size={16} />
          </ActionIcon>
        </Group>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <NumberInput
            label={text.quantity}
            value={line.quantity}
            onChange={(quantity) => onChange({ quantity })}
            min={1}
            max={maxQuantity}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            error={errors[`lines.${index}.quantity`]}
            w={110}
            styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
            data-testid={`${testId}-quantity`}
          />
          <AmountInput
            label={text.unitPrice}
            value={line.unitPrice}
            onChange={(unitPrice) => onChange({ unitPrice })}
            unit={fmt.sign}
            placeholder={listPricePlaceholder && product ? fmt.moneyToInput(product.listPrice.amountMinor) : undefined}
            tidy={(typed) => {
              const minor = fmt.parseMoney(typed);
              return minor === null ? null : fmt.moneyToInput(minor);
            }}
            description={text.unitPriceHint}
            error={errors[`lines.${index}.unitPriceMinor`]}
            testId={`${testId}-price`}
            w="100%"
          />
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
