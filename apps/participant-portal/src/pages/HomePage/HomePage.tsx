import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList, EmptyState, PageHeader, StatusBadge, useFormat, useViewer } from '@motiva/ui';

export function HomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const format = useFormat();
  const participant = viewer.participant;
  const name = participant?.name ?? viewer.name;

  return (
    <Stack gap="lg" data-testid="participant-home">
      <PageHeader title={t('participant.home.greeting', { name })} description={t('participant.home.subtitle')} />
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
              value: <StatusBadge status={participant?.status ?? viewer.status} />,
            },
            participant && { label: t('participant.home.since'), value: format.date(participant.createdAt) },
          ].filter((item) => !!item)}
        />
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={2} fz="h4" mb="sm">
          {t('participant.home.promotionsTitle')}
        </Title>
        <EmptyState
          testId="promotions-empty"
          title={t('participant.home.emptyTitle')}
          description={t('participant.home.emptyText')}
        />
      </Paper>
    </Stack>
  );
}
