import { ActionIcon, Alert, Badge, Button, Collapse, Group, Paper, Radio, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PayoutKind, PromotionProductFieldsFragment } from '@motiva/schema';
import { IconX, type FieldError } from '@motiva/ui';
import { useState } from 'react';
import { AmountInput } from '../shared/AmountInput';
import { isPercent, PAYOUT_KINDS, type PayoutFormat } from '../shared/payout';
import { newOption, type DraftErrors, type OptionDraft } from './formValues';

export interface PayoutOptionsEditorProps {
  options: OptionDraft[];
  defaultKey: string;
  onChange: (options: OptionDraft[]) => void;
  onDefaultChange: (key: string) => void;
  /** The products chosen as eligible: per-product values are offered for these. */
  products: PromotionProductFieldsFragment[];
  fmt: PayoutFormat;
  errors: DraftErrors;
  errorText: (error: FieldError | undefined) => string | undefined;
  disabled?: boolean;
}

const MAX_OPTIONS = 20; // the API's limit

/**
 * The payout options as one set: every row is sent on save (rows with an id are updated, new ones
 * added, missing ones removed); exactly one is the default.
 */
export function PayoutOptionsEditor({ options, defaultKey, onChange, onDefaultChange, products, fmt, errors, errorText, disabled }: PayoutOptionsEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<OptionDraft>) => onChange(options.map((o, i) => (i === index ? { ...o, ...patch } : o)));
  const remove = (index: number) => {
    const next = options.filter((_, i) => i !== index);
    onChange(next);
    if (options[index]?.key === defaultKey && next[0]) onDefaultChange(next[0].key);
  };
  const add = () => {
    const option = newOption(options.some((o) => o.kind === 'PER_UNIT') ? 'PERCENT_OF_SALE' : 'PER_UNIT');
    onChange([...options, option]);
    if (options.length === 0) onDefaultChange(option.key);
  };

  return (
    <Stack gap="sm" data-testid="payout-options">
      {errors.payoutOptions && (
        <Alert color="red" variant="light" p="xs" data-testid="payout-options-error">
          {errorText(errors.payoutOptions)}
        </Alert>
      )}
      <Radio.Group value={defaultKey} onChange={onDefaultChange} aria-label={t('brand.promotions.payout.default')}>
        <Stack gap="sm">
          {options.map((option, index) => (
            <OptionRow
              key={option.key}
              index={index}
              option={option}
              onChange={(patch) => update(index, patch)}
              onRemove={options.length > 1 ? () => remove(index) : undefined}
              products={products}
              fmt={fmt}
              errors={errors}
              errorText={errorText}
              disabled={disabled}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Group>
        <Button variant="light" onClick={add} disabled={disabled || options.length >= MAX_OPTIONS} data-testid="payout-option-add">
          {t('brand.promotions.payout.add')}
        </Button>
      </Group>
    </Stack>
  );
}

interface OptionRowProps {
  index: number;
  option: OptionDraft;
  onChange: (patch: Partial<OptionDraft>) => void;
  onRemove?: () => void;
  products: PromotionProductFieldsFragment[];
  fmt: PayoutFormat;
  errors: DraftErrors;
  errorText: (error: FieldError | undefined) => string | undefined;
  disabled?: boolean;
}

function OptionRow({ index, option, onChange, onRemove, products, fmt, errors, errorText, disabled }: OptionRowProps) {
  const { t } = useTranslation();
  const path = `payoutOptions.${index}`;
  const overrides = Object.values(option.productValues).filter((v) => v.trim() !== '').length;
  const [showProducts, setShowProducts] = useState(overrides > 0);
  const parsed = fmt.problem(option.kind, option.value) ? null : fmt.parse(option.kind, option.value);
  const rowLabel = option.name.trim() || t('brand.promotions.payout.unnamed', { n: index + 1 });

  const changeKind = (kind: PayoutKind) => {
    // The typed number keeps its meaning only between money kinds; percent <-> money starts afresh.
    const keep = isPercent(kind) === isPercent(option.kind);
    onChange({ kind, value: keep ? option.value : '', productValues: kind === 'PER_UNIT' && keep ? option.productValues : {} });
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid={`payout-option-${index}`}>
      <Stack gap="xs">
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            label={t('brand.promotions.payout.name')}
            value={option.name}
            onChange={(e) => onChange({ name: e.currentTarget.value })}
            error={errorText(errors[`${path}.name`])}
            required
            disabled={disabled}
            style={{ flex: 2, minWidth: 0 }}
            data-testid={`payout-option-${index}-name`}
          />
          <Select
            label={t('brand.promotions.payout.kind')}
            value={option.kind}
            onChange={(value) => value && changeKind(value as PayoutKind)}
            allowDeselect={false}
            data={PAYOUT_KINDS.map((kind) => ({ value: kind, label: t(`brand.promotions.payout.kinds.${kind}`) }))}
            error={errorText(errors[`${path}.kind`])}
            disabled={disabled}
            style={{ flex: 2, minWidth: 0 }}
            comboboxProps={{ withinPortal: true }}
            data-testid={`payout-option-${index}-kind`}
          />
          <AmountInput
            label={t(isPercent(option.kind) ? 'brand.promotions.payout.percentValue' : 'brand.promotions.payout.moneyValue')}
            value={option.value}
            onChange={(value) => onChange({ value })}
            unit={isPercent(option.kind) ? '%' : fmt.sign}
            tidy={(text) => {
              const raw = fmt.problem(option.kind, text) ? null : fmt.parse(option.kind, text);
              return raw === null ? null : fmt.toInput(option.kind, raw);
            }}
            error={errorText(errors[`${path}.value`])}
            required
            disabled={disabled}
            testId={`payout-option-${index}-value`}
            w={170}
          />
          <Stack gap={6} align="center" style={{ flexShrink: 0 }}>
            <Text fz="sm" fw={500}>
              {t('brand.promotions.payout.default')}
            </Text>
            <Radio value={option.key} aria-label={t('brand.promotions.payout.makeDefault', { name: rowLabel })} disabled={disabled} data-testid={`payout-option-${index}-default`} mt={6} />
          </Stack>
          <Tooltip label={onRemove ? t('brand.promotions.payout.remove', { name: rowLabel }) : t('brand.promotions.payout.lastOne')} withArrow>
            <div style={{ paddingTop: 28, flexShrink: 0 }}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                onClick={onRemove}
                disabled={disabled || !onRemove}
                aria-label={t('brand.promotions.payout.remove', { name: rowLabel })}
                data-testid={`payout-option-${index}-remove`}
              >
                <IconX size={18} />
              </ActionIcon>
            </div>
          </Tooltip>
        </Group>
        <Text fz="sm" c="dimmed" data-testid={`payout-option-${index}-summary`}>
          {parsed !== null ? t(`brand.promotions.payout.explain.${option.kind}`, { value: fmt.value(option.kind, parsed) }) : t(`brand.promotions.payout.hint.${option.kind}`)}
        </Text>
        {option.kind === 'PER_UNIT' && (
          <Stack gap="xs">
            <Group gap="xs">
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => setShowProducts((v) => !v)}
                disabled={products.length === 0}
                data-testid={`payout-option-${index}-per-product`}
                aria-expanded={showProducts}
              >
                {t(showProducts ? 'brand.promotions.payout.hidePerProduct' : 'brand.promotions.payout.showPerProduct')}
              </Button>
              {overrides > 0 && (
                <Badge variant="light" color="gray" radius="sm">
                  {t('brand.promotions.payout.perProductCount', { count: overrides })}
                </Badge>
              )}
              {products.length === 0 && (
                <Text fz="xs" c="dimmed">
                  {t('brand.promotions.payout.perProductNeedsProducts')}
                </Text>
              )}
            </Group>
            {errors[`${path}.productValues`] && (
              <Text fz="sm" c="red">
                {errorText(errors[`${path}.productValues`])}
              </Text>
            )}
            <Collapse expanded={showProducts && products.length > 0}>
              <Table verticalSpacing={6} horizontalSpacing="sm" withTableBorder data-testid={`payout-option-${index}-products`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('brand.promotions.products.product')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('brand.promotions.products.listPrice')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right', width: 200 }}>{t('brand.promotions.payout.perProductValue')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {products.map((product) => {
                    const text = option.productValues[product.id] ?? '';
                    const error = errors[`${path}.productValues.${product.id}`];
                    return (
                      <Table.Tr key={product.id}>
                        <Table.Td>
                          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
                            {product.name}
                          </Text>
                          <Text fz="xs" c="dimmed">
                            {product.sku}
                          </Text>
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                          {fmt.money(product.listPrice.amountMinor)}
                        </Table.Td>
                        <Table.Td>
                          <AmountInput
                            ariaLabel={t('brand.promotions.payout.perProductFor', { product: product.name })}
                            value={text}
                            onChange={(value) => onChange({ productValues: { ...option.productValues, [product.id]: value } })}
                            unit={fmt.sign}
                            placeholder={option.value || undefined}
                            tidy={(typed) => {
                              const raw = typed.trim() === '' || fmt.problem('PER_UNIT', typed) ? null : fmt.parse('PER_UNIT', typed);
                              return raw === null ? null : fmt.toInput('PER_UNIT', raw);
                            }}
                            error={errorText(error)}
                            disabled={disabled}
                            testId={`payout-option-${index}-product-${product.sku}`}
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
              <Text fz="xs" c="dimmed" mt={4}>
                {t('brand.promotions.payout.perProductHint')}
              </Text>
            </Collapse>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
