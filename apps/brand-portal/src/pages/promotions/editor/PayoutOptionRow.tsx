import { useState } from 'react';
import { ActionIcon, Badge, Button, Collapse, Group, Paper, Radio, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PayoutKind, PromotionProductFieldsFragment } from '@motiva/schema';
import { IconX, PAYOUT_KINDS, isPercentKind, type FieldError } from '@motiva/ui';
import { AmountInput } from '../shared/AmountInput';
import type { PayoutFormat } from '../shared/payout';
import type { DraftErrors, OptionDraft } from './formValues';
import { PerProductValues } from './PerProductValues';

export interface OptionRowProps {
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

/** One payout option: name, kind, value, whether it is the default; per-product values for PER_UNIT. */
export function OptionRow({ index, option, onChange, onRemove, products, fmt, errors, errorText, disabled }: OptionRowProps) {
  const { t } = useTranslation();
  const path = `payoutOptions.${index}`;
  const overrides = Object.values(option.productValues).filter((v) => v.trim() !== '').length;
  const [showProducts, setShowProducts] = useState(overrides > 0);
  const parsed = fmt.problem(option.kind, option.value) ? null : fmt.parse(option.kind, option.value);
  const rowLabel = option.name.trim() || t('brand.promotions.payout.unnamed', { n: index + 1 });

  const changeKind = (kind: PayoutKind) => {
    // The typed number keeps its meaning only between money kinds; percent <-> money starts afresh.
    const keep = isPercentKind(kind) === isPercentKind(option.kind);
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
            data={PAYOUT_KINDS.map((kind) => ({ value: kind, label: fmt.kind(kind) }))}
            error={errorText(errors[`${path}.kind`])}
            disabled={disabled}
            style={{ flex: 2, minWidth: 0 }}
            comboboxProps={{ withinPortal: true }}
            data-testid={`payout-option-${index}-kind`}
          />
          <AmountInput
            label={t(isPercentKind(option.kind) ? 'brand.promotions.payout.percentValue' : 'brand.promotions.payout.moneyValue')}
            value={option.value}
            onChange={(value) => onChange({ value })}
            unit={isPercentKind(option.kind) ? '%' : fmt.sign}
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
            <Radio
              value={option.key}
              aria-label={t('brand.promotions.payout.makeDefault', { name: rowLabel })}
              disabled={disabled}
              data-testid={`payout-option-${index}-default`}
              mt={6}
            />
          </Stack>
          <Tooltip
            label={onRemove ? t('brand.promotions.payout.remove', { name: rowLabel }) : t('brand.promotions.payout.lastOne')}
            withArrow
          >
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
          {parsed !== null
            ? t(`brand.promotions.payout.explain.${option.kind}`, { value: fmt.value(option.kind, parsed) })
            : t(`brand.promotions.payout.hint.${option.kind}`)}
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
              <PerProductValues
                index={index}
                option={option}
                onChange={onChange}
                products={products}
                fmt={fmt}
                errors={errors}
                errorText={errorText}
                disabled={disabled}
              />
            </Collapse>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
