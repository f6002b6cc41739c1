import { useState } from 'react';
import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { FilterOption, OptionsLoader } from './filterOptions';

export interface EntityFilterProps {
  label: string;
  /** The chosen record's id, or '' for any. */
  value: string;
  onChange: (id: string) => void;
  useOptions: OptionsLoader;
  /** The chosen record's name when the options do not hold it (after a reload: read from the rows). */
  knownLabel?: string | null;
  testId: string;
}

/**
 * A searchable choice of one record (promotion, brand, partner, participant) whose names come from
 * the API as the moderator types; the list is only asked for once the dropdown opens.
 */
export function EntityFilter({ label, value, onChange, useOptions, knownLabel, testId }: EntityFilterProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<FilterOption | null>(null);
  const [debounced] = useDebouncedValue(search, 300);
  const { options, loading } = useOptions(debounced.trim(), !opened);

  // The chosen one stays listed (and named) whatever the current search shows.
  const current: FilterOption | null = value
    ? (options.find((o) => o.value === value) ?? (picked?.value === value ? picked : { value, label: knownLabel ?? '…' }))
    : null;
  const data = [...(current && !options.some((o) => o.value === value) ? [current] : []), ...options];
  const hints = new Map(data.map((o) => [o.value, o.hint]));

  return (
    <Select
      label={label}
      placeholder={t('admin.sales.filters.any')}
      value={value || null}
      data={data.map((o) => ({ value: o.value, label: o.label }))}
      searchable
      clearable
      searchValue={opened ? search : (current?.label ?? '')}
      onSearchChange={(text) => opened && setSearch(text)}
      onDropdownOpen={() => {
        setSearch('');
        setOpened(true);
      }}
      onDropdownClose={() => setOpened(false)}
      onChange={(id) => {
        setPicked(data.find((o) => o.value === id) ?? null);
        onChange(id ?? '');
      }}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('common.loading') : t('admin.sales.filters.nothingFound')}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text fz="sm">{option.label}</Text>
          {hints.get(option.value) && (
            <Text fz="xs" c="dimmed">
              {hints.get(option.value)}
            </Text>
          )}
        </Stack>
      )}
      maxDropdownHeight={300}
      comboboxProps={{ withinPortal: true }}
      w={{ base: '100%', sm: 220 }}
      data-testid={testId}
    />
  );
}
