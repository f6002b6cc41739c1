import type { ReactNode } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusColor, statusLabelKey, type StatusKind, type StatusOf } from './statusKinds';

export interface StatusBadgeProps<K extends StatusKind> {
  /** Which kind of record the status belongs to: it decides the words (and their grammatical gender). */
  kind: K;
  status: StatusOf[K];
  testId?: string;
  /** Wording around the status where a page needs it ("Stage: Active"); the colour stays the kind's. */
  label?: ReactNode;
}

/** One status of one kind of record, in the glossary's words and the platform's colours. */
export function StatusBadge<K extends StatusKind>({ kind, status, testId, label }: StatusBadgeProps<K>) {
  const { t } = useTranslation();
  return (
    <Badge
      color={statusColor(kind, status)}
      variant="light"
      radius="sm"
      // Table columns shrink to their content's minimum; a badge must never be cut to "PEND…".
      style={{ flexShrink: 0, minWidth: 'max-content' }}
      data-testid={testId ?? 'status-badge'}
      data-kind={kind}
      data-status={status}
    >
      {label ?? t(statusLabelKey(kind, status), { defaultValue: status })}
    </Badge>
  );
}
