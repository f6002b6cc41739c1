import { useState } from 'react';
import { Button, Checkbox, Collapse, Group, Input, Select, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { statusLabelKey } from '@motiva/ui';
import { EntityFilter } from './EntityFilter';
import { useBrandOptions, useParticipantOptions, usePartnerOptions, usePromotionOptions } from './filterOptions';
import { FILTER_STATUSES, isFiltered, type SalesFilterKey, type SalesFilterValues } from './saleFilter';

export interface SalesFiltersProps {
  filters: SalesFilterValues;
  setFilter: (key: SalesFilterKey, value: string) => void;
  onClear: () => void;
  /** Names of the chosen records, read from the rows on screen (they all share them). */
  known: Partial<Record<'promotion' | 'brand' | 'partner' | 'participant', string | null>>;
}

/** Status, the four records a sale belongs to, flagged only, and the period it was logged in. */
export function SalesFilters({ filters, setFilter, onClear, known }: SalesFiltersProps) {
  const { t } = useTranslation();
  const rangeInvalid = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  // On a phone only the status shows until asked: seven inputs would push the sales off the first screen.
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const narrowing = (['promotion', 'brand', 'partner', 'participant', 'flagged', 'from', 'to'] as const).filter(
    (k) => filters[k] !== '',
  ).length;
  const [more, setMore] = useState(false);
  const status = (
    <Select
      label={t('admin.sales.filters.status')}
      value={filters.status}
      onChange={(value) => setFilter('status', value ?? 'PENDING')}
      allowDeselect={false}
      data={FILTER_STATUSES.map((s) => ({ value: s, label: t(statusLabelKey('sale', s)) }))}
      w={{ base: '100%', sm: 160 }}
      data-testid="queue-status-filter"
    />
  );
  const others = (
    <>
      <EntityFilter
        label={t('admin.sales.filters.promotion')}
        value={filters.promotion}
        onChange={(id) => setFilter('promotion', id)}
        useOptions={usePromotionOptions}
        knownLabel={known.promotion}
        testId="sales-promotion-filter"
      />
      <EntityFilter
        label={t('admin.sales.filters.brand')}
        value={filters.brand}
        onChange={(id) => setFilter('brand', id)}
        useOptions={useBrandOptions}
        knownLabel={known.brand}
        testId="sales-brand-filter"
      />
      <EntityFilter
        label={t('admin.sales.filters.partner')}
        value={filters.partner}
        onChange={(id) => setFilter('partner', id)}
        useOptions={usePartnerOptions}
        knownLabel={known.partner}
        testId="sales-partner-filter"
      />
      <EntityFilter
        label={t('admin.sales.filters.participant')}
        value={filters.participant}
        onChange={(id) => setFilter('participant', id)}
        useOptions={useParticipantOptions}
        knownLabel={known.participant}
        testId="sales-participant-filter"
      />
      {/* The period stays on one line, sharing a phone's width. */}
      <Group gap="sm" align="flex-start" wrap="nowrap" w={{ base: '100%', sm: 'auto' }}>
        <TextInput
          type="date"
          label={t('admin.sales.filters.from')}
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => setFilter('from', event.currentTarget.value)}
          w={{ sm: 160 }}
          flex={{ base: 1, sm: 'none' }}
          miw={0}
          error={rangeInvalid || undefined}
          data-testid="sales-from-filter"
        />
        <TextInput
          type="date"
          label={t('admin.sales.filters.to')}
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => setFilter('to', event.currentTarget.value)}
          w={{ sm: 160 }}
          flex={{ base: 1, sm: 'none' }}
          miw={0}
          error={rangeInvalid || undefined}
          data-testid="sales-to-filter"
        />
      </Group>
      {/* Level with the inputs' boxes: an empty label above. */}
      <Input.Wrapper label={'\u00a0'}>
        <Checkbox
          label={t('admin.sales.filters.flaggedOnly')}
          checked={filters.flagged === '1'}
          onChange={(event) => setFilter('flagged', event.currentTarget.checked ? '1' : '')}
          py={8}
          data-testid="sales-flagged-filter"
        />
      </Input.Wrapper>
      {isFiltered(filters) && (
        <Button variant="subtle" onClick={onClear} data-testid="sales-clear-filters">
          {t('admin.sales.filters.clear')}
        </Button>
      )}
    </>
  );
  if (phone)
    return (
      <>
        <Group gap="sm" align="flex-end" wrap="nowrap" data-testid="sales-filters">
          <div style={{ flex: 1, minWidth: 0 }}>{status}</div>
          <Button variant="default" onClick={() => setMore((m) => !m)} aria-expanded={more} data-testid="sales-more-filters">
            {t('admin.sales.filters.more')}
            {narrowing > 0 && ` (${narrowing})`}
          </Button>
        </Group>
        <Collapse expanded={more}>
          <Group gap="sm" align="flex-end" wrap="wrap">
            {others}
          </Group>
        </Collapse>
      </>
    );
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="sales-filters">
      {status}
      {others}
    </Group>
  );
}
