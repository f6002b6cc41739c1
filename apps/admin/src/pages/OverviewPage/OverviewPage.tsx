import { Alert, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ModerationOverviewDocument, type ModerationOverviewQuery } from '@motiva/schema';
import { ErrorState, PageHeader, useFormat } from '@motiva/ui';
import { QUEUE_PATH } from './queues';

type QueueSummary = ModerationOverviewQuery['moderationOverview'][number];

/** The admin's home: what waits for a decision in each queue, longest-waiting first in mind, one click from it. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ModerationOverviewDocument, { fetchPolicy: 'cache-and-network' });
  const queues = data?.moderationOverview;

  return (
    <>
      <PageHeader title={t('admin.overview.title')} description={t('admin.overview.subtitle')} />
      {error && !queues ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !queues && loading ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={150} radius="md" />
          ))}
        </SimpleGrid>
      ) : (
        <Stack gap="md">
          {queues?.every((q) => q.waiting === 0) && (
            <Alert color="teal" title={t('admin.overview.allClear')} data-testid="overview-all-clear">
              {t('admin.overview.allClearHint')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            {queues?.map((q) => (
              <QueueCard key={q.queue} summary={q} />
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}

function QueueCard({ summary }: { summary: QueueSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const since = summary.oldestWaitingSince;
  return (
    <Card withBorder radius="md" padding="lg" data-testid={`overview-${summary.queue}`}>
      <Stack gap="xs" h="100%" justify="space-between">
        <Stack gap={4}>
          <Text fw={600}>{t(`admin.overview.queues.${summary.queue}`)}</Text>
          <Group gap="xs" align="baseline">
            <Text fz={36} fw={700} lh={1} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="overview-waiting">
              {format.number(summary.waiting)}
            </Text>
            <Text c="dimmed" fz="sm">
              {t('admin.overview.waiting', { count: summary.waiting })}
            </Text>
          </Group>
          <Text c="dimmed" fz="sm">
            {since ? t('admin.overview.waitingSince', { date: format.dateTime(since) }) : t('admin.overview.nothingWaiting')}
          </Text>
        </Stack>
        <Button component={Link} to={QUEUE_PATH[summary.queue]} variant={summary.waiting > 0 ? 'filled' : 'light'} fullWidth>
          {t('admin.overview.open')}
        </Button>
      </Stack>
    </Card>
  );
}
