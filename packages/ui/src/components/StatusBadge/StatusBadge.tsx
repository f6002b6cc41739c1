import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Colours carry meaning across every list: waiting, fine, refused; anything else stays neutral. */
const STATUS_COLOR: Record<string, string> = {
  PENDING: 'yellow',
  APPROVED: 'green',
  REJECTED: 'red',
  // Background jobs (CSV imports)
  QUEUED: 'gray',
  RUNNING: 'blue',
  DONE: 'green',
  FAILED: 'red',
};

export function StatusBadge({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLOR[status] ?? 'gray'}
      variant="light"
      radius="sm"
      // Table columns shrink to their content's minimum; a badge must never be cut to "PEND…".
      style={{ flexShrink: 0, minWidth: 'max-content' }}
      data-testid={testId ?? 'status-badge'}
      data-status={status}
    >
      {t(`status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
