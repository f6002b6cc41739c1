import type { ReactNode } from 'react';
import { Box, Button, Center, Group, Loader, Pagination, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { EmptyState } from '../EmptyState';
import { ErrorState } from '../ErrorState';
import { ChangeList } from './ChangeList';
import { ensureHistoryMessages } from './historyMessages';
import type { DescribedEvent, HistoryEvent } from './types';

export interface HistoryListProps {
  /** undefined until the first page arrives. */
  events: readonly HistoryEvent[] | undefined;
  describe: (event: HistoryEvent) => DescribedEvent;
  /**
   * Who did it, as this reader should see it: the actor's name, "System" for the schedule, or
   * null to leave it out (a participant's own actions).
   */
  actor?: (event: HistoryEvent) => string | null;
  /** A divided list with the time at the side (pages, wide drawers), or a timeline (narrow panels). */
  variant?: 'list' | 'timeline';
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  emptyTitle: string;
  /** Numbered pages under the list. */
  paging?: { total: number; offset: number; limit: number; onOffsetChange: (offset: number) => void };
  /** Or a "show more" button that grows the list. */
  onMore?: () => void;
  testId?: string;
  sentenceTestId?: string;
}

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * A history in sentences, newest first: what happened, the fields it changed (before -> after), when
 * and by whom. The same list in every portal; the sentences' voice and the actor's label are the
 * reader's (see useHistoryDescriber).
 */
export function HistoryList(props: HistoryListProps) {
  const {
    events,
    describe,
    variant = 'list',
    loading,
    error,
    onRetry,
    emptyTitle,
    paging,
    onMore,
    testId,
    sentenceTestId = 'history-sentence',
  } = props;
  const { t, i18n } = useTranslation();
  ensureHistoryMessages(i18n);
  const format = useFormat();
  const actor = props.actor ?? ((event: HistoryEvent) => event.actorName ?? t('history.system'));

  if (!events) {
    if (error) return <ErrorState error={error} onRetry={onRetry} testId="history-error" />;
    return (
      <Center py="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  if (events.length === 0) return <EmptyState title={emptyTitle} testId="history-empty" />;

  const entries = events.map((event) => {
    const described = describe(event);
    const who = actor(event);
    const sentence = (
      <Text
        fz="sm"
        fw={variant === 'timeline' ? 600 : 500}
        style={{ overflowWrap: 'anywhere' }}
        data-testid={sentenceTestId}
        data-action={event.action}
      >
        {described.sentence}
      </Text>
    );
    return { event, described, who, sentence };
  });

  let body: ReactNode;
  if (variant === 'timeline') {
    body = (
      <Timeline bulletSize={14} lineWidth={2} active={entries.length} data-testid={testId}>
        {entries.map(({ event, described, who, sentence }) => (
          <Timeline.Item key={event.id} title={sentence} data-testid="history-event" data-action={event.action}>
            <Text fz="xs" c="dimmed" mb={4} style={tabular}>
              {format.dateTime(event.createdAt)}
              {who ? ` · ${who}` : ''}
            </Text>
            <ChangeList changes={described.changes} />
          </Timeline.Item>
        ))}
      </Timeline>
    );
  } else {
    body = (
      <Stack gap={0} data-testid={testId}>
        {entries.map(({ event, described, who, sentence }, index) => (
          <Box
            key={event.id}
            py="sm"
            style={{ borderBottom: index < entries.length - 1 ? '1px solid var(--mantine-color-gray-2)' : undefined }}
            data-testid="history-event"
            data-action={event.action}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
              <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                {sentence}
                {/* On phones when and who go under the sentence, which keeps the width. */}
                <Text fz="xs" c="dimmed" hiddenFrom="sm" style={tabular}>
                  {format.dateTime(event.createdAt)}
                  {who ? ` · ${who}` : ''}
                </Text>
                <ChangeList changes={described.changes} />
              </Stack>
              <Stack gap={0} align="flex-end" visibleFrom="sm" style={{ flexShrink: 0 }}>
                <Text fz="xs" style={{ whiteSpace: 'nowrap', ...tabular }}>
                  {format.dateTime(event.createdAt)}
                </Text>
                {who && (
                  <Text
                    fz="xs"
                    c="dimmed"
                    fs={event.actorName ? undefined : 'italic'}
                    ta="right"
                    maw={220}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {who}
                  </Text>
                )}
              </Stack>
            </Group>
          </Box>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" style={{ opacity: loading ? 0.6 : 1 }}>
      {body}
      {paging && paging.total > paging.limit && (
        <Group justify="space-between" gap="xs">
          <Text fz="sm" c="dimmed" style={tabular}>
            {t('table.range', { from: paging.offset + 1, to: Math.min(paging.offset + paging.limit, paging.total), total: paging.total })}
          </Text>
          <Pagination
            size="sm"
            total={Math.ceil(paging.total / paging.limit)}
            value={Math.floor(paging.offset / paging.limit) + 1}
            onChange={(page) => paging.onOffsetChange((page - 1) * paging.limit)}
          />
        </Group>
      )}
      {onMore && (
        <Button variant="subtle" onClick={onMore} loading={loading} data-testid="history-more">
          {t('history.more')}
        </Button>
      )}
    </Stack>
  );
}
