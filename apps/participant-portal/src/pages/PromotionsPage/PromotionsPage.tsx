import { Group, Loader, Pagination, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ParticipantPromotionsDocument, type PromotionStatus } from '@motiva/schema';
import { ALL, EmptyState, ErrorState, PageHeader, SearchFilter, statusLabelKey, useListParams } from '@motiva/ui';
import { PromotionCard } from '../../components/PromotionCard';

/** What a participant can see: the published statuses (an ended one stays visible to its members). */
const STATUSES: PromotionStatus[] = ['ACTIVE', 'SCHEDULED', 'PAUSED', 'ENDED'];
const PAGE_SIZE = 12;

/** The promotions open to the participant, as cards: phones first. */
export function PromotionsPage() {
  const { t } = useTranslation();
  const list = useListParams({ filters: { status: ALL, search: '' }, sort: { column: 'startsAt', direction: 'desc' }, limit: PAGE_SIZE });
  const status = STATUSES.find((s) => s === list.filters.status);
  const { data, previousData, loading, error, refetch } = useQuery(ParticipantPromotionsDocument, {
    variables: {
      filter: { statuses: status ? [status] : null, search: list.filters.search || null },
      sort: { field: 'STARTS_AT', direction: 'DESC' },
      page: { offset: list.offset, limit: list.limit },
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.promotions;
  const filtered = list.filters.status !== ALL || list.filters.search !== '';
  const pages = page ? Math.ceil(page.total / list.limit) : 0;

  return (
    <Stack gap="md" data-testid="participant-promotions">
      <PageHeader title={t('participant.promotions.title')} description={t('participant.promotions.subtitle')} />
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Select
          aria-label={t('participant.promotions.statusLabel')}
          data-testid="promotion-status-filter"
          value={list.filters.status}
          onChange={(value) => list.setFilter('status', value ?? ALL)}
          allowDeselect={false}
          w={{ base: '100%', sm: 220 }}
          data={[
            { value: ALL, label: t('participant.promotions.allStatuses') },
            ...STATUSES.map((s) => ({ value: s, label: t(statusLabelKey('promotion', s)) })),
          ]}
        />
        <SearchFilter
          value={list.filters.search}
          onChange={(value) => list.setFilter('search', value)}
          placeholder={t('participant.promotions.searchPlaceholder')}
        />
      </Group>
      {error && !loading ? (
        <Paper withBorder radius="md">
          <ErrorState error={error} onRetry={() => void refetch()} />
        </Paper>
      ) : !page ? (
        <Group justify="center" py="xl">
          <Loader />
        </Group>
      ) : page.items.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState
            testId="promotions-empty"
            title={filtered ? t('participant.promotions.emptyFiltered') : t('participant.promotions.emptyTitle')}
            description={filtered ? undefined : t('participant.promotions.emptyText')}
          />
        </Paper>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md" style={{ opacity: loading ? 0.6 : 1 }}>
            {page.items.map((promotion) => (
              <PromotionCard key={promotion.id} promotion={promotion} />
            ))}
          </SimpleGrid>
          {pages > 1 && (
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text c="dimmed" fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {t('table.range', { from: list.offset + 1, to: Math.min(list.offset + list.limit, page.total), total: page.total })}
              </Text>
              <Pagination
                total={pages}
                value={Math.floor(list.offset / list.limit) + 1}
                onChange={(value) => list.setOffset((value - 1) * list.limit)}
                data-testid="promotions-pagination"
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
