import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The value meaning "no status filter" in URLs and selects. */
export const ALL = 'ALL';
const STATUSES = ['PENDING', 'APPROVED', 'REJECTED'];

export interface StatusFilterProps {
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}

export function StatusFilter({ value, onChange, testId = 'status-filter' }: StatusFilterProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      value={value}
      onChange={onChange}
      data-testid={testId}
      data={[
        ...STATUSES.map((status) => ({
          value: status,
          label: <span data-testid={`${testId}-${status}`}>{t(`statusFilter.${status}`)}</span>,
        })),
        { value: ALL, label: <span data-testid={`${testId}-${ALL}`}>{t('common.all')}</span> },
      ]}
    />
  );
}

/** "ALL" -> no filter; anything else is a ModerationStatus. */
export function statusOrNull<S extends string>(value: string): S | null {
  return value === ALL ? null : (value as S);
}
