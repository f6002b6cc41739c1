import { Alert, Button, Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PromotionProductFieldsFragment } from '@motiva/schema';
import type { FieldError } from '@motiva/ui';
import type { PayoutFormat } from '../shared/payout';
import { newOption, type DraftErrors, type OptionDraft } from './formValues';
import { OptionRow } from './PayoutOptionRow';

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
export function PayoutOptionsEditor({
  options,
  defaultKey,
  onChange,
  onDefaultChange,
  products,
  fmt,
  errors,
  errorText,
  disabled,
}: PayoutOptionsEditorProps) {
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
