import { Button, Group, Input, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ALL, statusLabelKey } from '@motiva/ui';
import { ParticipantPicker } from './ParticipantPicker';
import { WITHDRAWAL_STATUSES, type WithdrawalFilterValues } from './withdrawalFilters';

export interface WithdrawalFiltersProps {
  values: WithdrawalFilterValues;
  onChange: (key: keyof WithdrawalFilterValues, value: string) => void;
  onClear: (() => void) | null;
  /** The filtered participant's name when a row shows it. */
  participantName?: string;
}

/** Status, participant and the period a withdrawal was requested in; all kept in the URL. */
export function WithdrawalFilters({ values, onChange, onClear, participantName }: WithdrawalFiltersProps) {
  const { t } = useTranslation();
  const f = 'admin.money.withdrawals.filters';
  const rangeInvalid = values.from !== '' && values.to !== '' && values.from > values.to;
  return (
    <Group gap="sm" align="flex-start" wrap="wrap" data-testid="withdrawal-filters">
      <Select
        label={t(`${f}.status`)}
        value={values.status}
        onChange={(value) => onChange('status', value ?? ALL)}
        allowDeselect={false}
        data={[
          ...WITHDRAWAL_STATUSES.map((status) => ({ value: status, label: t(statusLabelKey('withdrawal', status)) })),
          { value: ALL, label: t(`${f}.allStatuses`) },
        ]}
        w={{ base: '100%', sm: 170 }}
        data-testid="withdrawal-status-filter"
      />
      <ParticipantPicker value={values.participant} onChange={(id) => onChange('participant', id)} knownName={participantName} />
      {/* The period stays on one line, sharing a phone's width. */}
      <Group gap="sm" align="flex-start" wrap="nowrap" w={{ base: '100%', sm: 'auto' }}>
        <TextInput
          type="date"
          label={t(`${f}.from`)}
          value={values.from}
          max={values.to || undefined}
          onChange={(event) => onChange('from', event.currentTarget.value)}
          w={{ sm: 150 }}
          flex={{ base: 1, sm: 'none' }}
          miw={0}
          error={rangeInvalid || undefined}
          data-testid="withdrawal-from-filter"
        />
        <TextInput
          type="date"
          label={t(`${f}.to`)}
          value={values.to}
          min={values.from || undefined}
          onChange={(event) => onChange('to', event.currentTarget.value)}
          w={{ sm: 150 }}
          flex={{ base: 1, sm: 'none' }}
          miw={0}
          error={rangeInvalid || undefined}
          data-testid="withdrawal-to-filter"
        />
      </Group>
      {onClear && (
        <Input.Wrapper label={'\u00a0'}>
          <Button variant="subtle" display="block" onClick={onClear} data-testid="withdrawal-clear-filters">
            {t(`${f}.clear`)}
          </Button>
        </Input.Wrapper>
      )}
    </Group>
  );
}
