import { Anchor, Button, Group, Loader, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ParticipantPromotionsDocument } from '@motiva/schema';
import { DetailList, EmptyState, ErrorState, PageHeader, StatusBadge, useFormat, useViewer } from '@motiva/ui';
import { BalanceSummary } from '../../components/BalanceSummary';
import { PromotionCard } from '../../components/PromotionCard';

const LATEST = 3;

export function HomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const format = useFormat();
  const participant = viewer.participant;
  const name = participant?.name ?? viewer.name;
  const promotions = useQuery(ParticipantPromotionsDocument, {
    variables: { sort: { field: 'STARTS_AT', direction: 'DESC' }, page: { offset: 0, limit: LATEST } },
  });
  const page = promotions.data?.promotions;

  return (
    <Stack gap="lg" data-testid="participant-home">
      <PageHeader
        title={t('participant.home.greeting', { name })}
        description={t('participant.home.subtitle')}
        actions={
          <Button component={Link} to="/sales/new" size="md" data-testid="log-sale" w={{ base: '100%', xs: 'auto' }}>
            + {t('participant.sales.logSale')}
          </Button>
        }
      />
      <BalanceSummary />
      <Paper withBorder p="lg" radius="md" data-testid="participant-profile">
        <Title order={2} fz="h4" mb="md">
          {t('participant.home.profile')}
        </Title>
        <DetailList
          items={[
            { label: t('participant.home.name'), value: name, testId: 'profile-name' },
            {
              label: t('participant.home.company'),
              // No partner: the participant works for the platform itself.
              value: participant?.partner?.legalName ?? t('common.platformStaff'),
              testId: 'profile-partner',
            },
            { label: t('participant.home.email'), value: viewer.email, testId: 'profile-email' },
            { label: t('participant.home.phone'), value: viewer.phone, numeric: true },
            { label: t('participant.home.city'), value: participant?.city },
            {
              label: t('participant.home.status'),
              value: <StatusBadge kind="participant" status={participant?.status ?? viewer.status} />,
            },
            participant && { label: t('participant.home.since'), value: format.date(participant.createdAt) },
          ].filter((item) => !!item)}
        />
      </Paper>
      <Paper withBorder p="lg" radius="md" data-testid="home-promotions">
        <Group justify="space-between" mb="sm" gap="xs">
          <Title order={2} fz="h4">
            {t('participant.home.promotionsTitle')}
          </Title>
          {page && page.total > 0 && (
            <Anchor component={Link} to="/promotions" fz="sm" data-testid="home-all-promotions">
              {t('participant.home.allPromotions')} →
            </Anchor>
          )}
        </Group>
        {promotions.error && !page ? (
          <ErrorState error={promotions.error} onRetry={() => void promotions.refetch()} />
        ) : !page ? (
          <Group justify="center" py="md">
            <Loader size="sm" />
          </Group>
        ) : page.items.length === 0 ? (
          <EmptyState testId="promotions-empty" title={t('participant.home.emptyTitle')} description={t('participant.home.emptyText')} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md">
            {page.items.map((promotion) => (
              <PromotionCard key={promotion.id} promotion={promotion} />
            ))}
          </SimpleGrid>
        )}
      </Paper>
    </Stack>
  );
}
