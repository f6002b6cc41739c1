import type { ReactNode } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Colours carry meaning across every list: waiting, fine, refused; anything else stays neutral. */
const STATUS_COLOR: Record<string, string> = {
  PENDING: 'yellow',
  APPROVED: 'green',
  REJECTED: 'red',
  // Promotions: a draft or one under review waits, a scheduled one is about to run, a paused one
  // needs attention, an ended one is history.
  DRAFT: 'gray',
  IN_REVIEW: 'yellow',
  SCHEDULED: 'blue',
  ACTIVE: 'green',
  PAUSED: 'orange',
  ENDED: 'gray',
  // Background jobs (CSV imports)
  QUEUED: 'gray',
  RUNNING: 'blue',
  DONE: 'green',
  FAILED: 'red',
};

/** `label` replaces the shared wording where a portal needs its own (e.g. grammatical gender in Russian). */
export function StatusBadge({ status, testId, label }: { status: string; testId?: string; label?: ReactNode }) {
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
      {label ?? t(`status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
