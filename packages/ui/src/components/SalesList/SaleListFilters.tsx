import type { ReactNode } from 'react';
import { Button, Group, Input, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSalesStrings } from '../../i18n/sales-strings';
import { statusLabelKey, statusesOf } from '../StatusBadge/statusKinds';
import { isPeriodInverted, type SaleListFilterKey, type SaleListFilterValues } from './saleListParams';

export interface FilterOption {
  value: string;
  label: string;
}

export interface SaleListFiltersProps {
  values: SaleListFilterValues;
  onChange: (key: SaleListFilterKey, value: string) => void;
  /** Clears every filter at once; the button shows while any is set. */
  onClear?: () => void;
  /** The promotion select's choices; undefined while they load. */
  promotions: FilterOption[] | undefined;
  /**
   * The participant filter, rendered first (the partner's searches its people on the server); leave
   * out for none (the brand's list).
   */
  participantFilter?: ReactNode;
  /** Prefix of every input's data-testid: `${testId}-promotion`, `${testId}-status`, … */
  testId?: string;
}

/**
 * The filters of a sales list: participant (where the caller knows its people), promotion, status
 * and a period of whole days. Each select clears back to "all"; on phones every input takes the full
 * width and the two dates share one line.
 */
export function SaleListFilters({
  values,
  onChange,
  onClear,
  promotions,
  participantFilter,
  testId = 'sales-filter',
}: SaleListFiltersProps) {
  useSalesStrings();
  const { t } = useTranslation();
  const inverted = isPeriodInverted(values);
  const anySet = Object.values(values).some(Boolean);
  const select = { searchable: true, clearable: true, maxDropdownHeight: 300, w: { base: '100%', sm: 220 } } as const;
  return (
    <Group gap="sm" align="flex-start" wrap="wrap" data-testid={testId}>
      {participantFilter}
      <Select
        {...select}
        label={t('salesList.filters.promotion')}
        placeholder={t('salesList.filters.allPromotions')}
        data={promotions ?? []}
        value={values.promotion || null}
        onChange={(value) => onChange('promotion', value ?? '')}
        nothingFoundMessage={t('salesList.filters.nothingFound')}
        data-testid={`${testId}-promotion`}
      />
      <Select
        {...select}
        searchable={false}
        w={{ base: '100%', sm: 180 }}
        label={t('salesList.filters.status')}
        placeholder={t('salesList.filters.allStatuses')}
        data={statusesOf('sale').map((status) => ({ value: status, label: t(statusLabelKey('sale', status)) }))}
        value={values.status || null}
        onChange={(value) => onChange('status', value ?? '')}
        data-testid={`${testId}-status`}
      />
      {/* The period stays on one line, sharing a phone's width. */}
      <Group gap="sm" align="flex-start" wrap="nowrap" w={{ base: '100%', sm: 'auto' }}>
        <TextInput
          type="date"
          label={t('salesList.filters.from')}
          value={values.from}
          max={values.to || undefined}
          onChange={(event) => onChange('from', event.currentTarget.value)}
          w={{ sm: 160 }}
          flex={{ base: 1, sm: 'none' }}
          miw={0}
          error={inverted || undefined}
          data-testid={`${testId}-from`}
        />
        <TextInput
          type="date"
          label={t('salesList.filters.to')}
          value={values.to}
          min={values.from || undefined}
          onChange={(event) => onChange('to', event.currentTarget.value)}
          w={{ sm: 160 }}
          flex={{ base: 1, sm: 'none' }}
          miw={0}
          error={inverted || undefined}
          data-testid={`${testId}-to`}
        />
      </Group>
      {onClear && anySet && (
        // An empty label keeps the button level with the inputs.
        <Input.Wrapper label={'\u00a0'}>
          <Button variant="subtle" display="block" onClick={onClear} data-testid={`${testId}-clear`}>
            {t('salesList.filters.clear')}
          </Button>
        </Input.Wrapper>
      )}
    </Group>
  );
}
