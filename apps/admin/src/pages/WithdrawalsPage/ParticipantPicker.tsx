import { useMemo, useState } from 'react';
import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AdminWithdrawalParticipantsDocument } from '@motiva/schema';

export interface ParticipantPickerProps {
  value: string;
  onChange: (id: string) => void;
  /** The chosen participant's name when the page already knows it (from a row), for a URL opened cold. */
  knownName?: string;
}

/** A participant looked up by name or email as the admin types (the API searches; 20 at most). */
export function ParticipantPicker({ value, onChange, knownName }: ParticipantPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const { data, loading } = useQuery(AdminWithdrawalParticipantsDocument, { variables: { search: debounced || null } });

  const items = data?.participants.items;
  const emails = useMemo(() => new Map((items ?? []).map((p) => [p.id, p.email])), [items]);
  const options = useMemo(() => {
    const found = (items ?? []).map((p) => ({ value: p.id, label: p.name }));
    // The chosen one stays an option (Select shows a value's label only from its options).
    const chosenName = picked?.id === value ? picked.name : knownName;
    if (value && chosenName && !found.some((o) => o.value === value)) found.unshift({ value, label: chosenName });
    return found;
  }, [items, value, picked, knownName]);

  return (
    <Select
      label={t('admin.money.withdrawals.filters.participant')}
      placeholder={t('admin.money.withdrawals.filters.participantPlaceholder')}
      searchable
      clearable
      value={value || null}
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        setPicked(id && option ? { id, name: option.label } : null);
        onChange(id ?? '');
      }}
      filter={({ options: all }) => all}
      // The name is what the field shows once chosen; the list adds the email to tell namesakes apart.
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text fz="sm">{option.label}</Text>
          {emails.get(option.value) && (
            <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {emails.get(option.value)}
            </Text>
          )}
        </Stack>
      )}
      nothingFoundMessage={loading ? t('common.loading') : t('table.emptyFiltered')}
      w={{ base: '100%', sm: 240 }}
      data-testid="withdrawal-participant-filter"
    />
  );
}
