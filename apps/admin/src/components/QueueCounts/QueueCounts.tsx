import { Badge } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ModerationOverviewDocument, type ModerationQueue } from '@motiva/schema';

/** How often the menu's counts refresh while the portal is open (decisions made here refresh them at once). */
const POLL_MS = 60_000;

/** Keeps the moderation overview fresh for the menu's badges; rendered once, inside the shell. */
export function QueueCountsPoller() {
  useQuery(ModerationOverviewDocument, { pollInterval: POLL_MS });
  return null;
}

/** The number waiting in one queue, next to its menu link; nothing when none waits or before the first answer. */
export function QueueCountBadge({ queue }: { queue: ModerationQueue }) {
  const { t } = useTranslation();
  const { data } = useQuery(ModerationOverviewDocument, { fetchPolicy: 'cache-only' });
  const waiting = data?.moderationOverview.find((q) => q.queue === queue)?.waiting ?? 0;
  if (waiting === 0) return null;
  return (
    <Badge
      size="sm"
      variant="filled"
      circle={waiting < 10}
      aria-label={t('admin.overview.waitingCount', { count: waiting })}
      data-testid={`queue-count-${queue}`}
    >
      {waiting > 99 ? '99+' : waiting}
    </Badge>
  );
}
