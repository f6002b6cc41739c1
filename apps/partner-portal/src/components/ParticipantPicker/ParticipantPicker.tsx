import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PartnerParticipantSummaryDocument, PartnerSaleParticipantOptionsDocument } from '@motiva/schema';

export interface ParticipantPickerProps {
  /** The chosen participant's id; '' for all. */
  value: string;
  onChange: (participantId: string) => void;
  testId?: string;
}

/**
 * One of the company's participants, searched on the server by name, email, phone or city (a partner
 * may have thousands). The chosen one keeps its name even when it is not among the matches.
 */
export function ParticipantPicker({ value, onChange, testId = 'sales-filter-participant' }: ParticipantPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const chosen = useQuery(PartnerParticipantSummaryDocument, { variables: { id: value }, skip: !value });
  const chosenName = value && chosen.data?.participant.id === value ? chosen.data.participant.name : null;
  // The select writes the chosen name into its search box: that is not a search.
  const typed = search.trim() === (chosenName ?? '') ? '' : search.trim();
  const [debounced] = useDebouncedValue(typed, 300);
  const options = useQuery(PartnerSaleParticipantOptionsDocument, { variables: { search: debounced || null } });
  const items = (options.data ?? options.previousData)?.participants.items ?? [];
  const data = items.map((p) => ({ value: p.id, label: p.name }));
  if (value && chosenName && !data.some((option) => option.value === value)) data.unshift({ value, label: chosenName });

  return (
    <Select
      searchable
      clearable
      // The server already matched: show its answer as it is.
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      label={t('salesList.filters.participant')}
      placeholder={t('salesList.filters.allParticipants')}
      nothingFoundMessage={options.loading ? t('common.loading') : t('salesList.filters.nothingFound')}
      maxDropdownHeight={300}
      w={{ base: '100%', sm: 220 }}
      data-testid={testId}
    />
  );
}
