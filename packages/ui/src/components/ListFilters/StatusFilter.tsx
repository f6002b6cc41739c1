import { Box, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The value meaning "no status filter" in URLs and selects. */
export const ALL = 'ALL';
const STATUSES = ['PENDING', 'APPROVED', 'REJECTED'];

export interface StatusFilterProps {
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}

/**
 * Pending / approved / rejected / all. Four segments do not fit a phone's width (the Russian labels
 * least of all), so phones get the same choice as a select; the segments show from the sm breakpoint.
 */
export function StatusFilter({ value, onChange, testId = 'status-filter' }: StatusFilterProps) {
  const { t } = useTranslation();
  const options = [
    ...STATUSES.map((status) => ({ value: status, label: t(`statusFilter.${status}`) })),
    { value: ALL, label: t('common.all') },
  ];
  return (
    <>
      <Box visibleFrom="sm">
        <SegmentedControl
          value={value}
          onChange={onChange}
          data-testid={testId}
          data={options.map((option) => ({
            value: option.value,
            label: <span data-testid={`${testId}-${option.value}`}>{option.label}</span>,
          }))}
        />
      </Box>
      <Select
        hiddenFrom="sm"
        w="100%"
        value={value}
        onChange={(next) => next && onChange(next)}
        allowDeselect={false}
        data={options}
        aria-label={t('common.status')}
        data-testid={`${testId}-select`}
      />
    </>
  );
}

/** "ALL" -> no filter; anything else is a ModerationStatus. */
export function statusOrNull<S extends string>(value: string): S | null {
  return value === ALL ? null : (value as S);
}
