import { Grid, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList, PageHeader, StatusBadge, useFormat, useViewer } from '@motiva/ui';
import { InviteCard } from '../../components/InviteCard';

export function CompanyPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const format = useFormat();
  const partner = viewer.partner;
  if (!partner) return null; // an approved PARTNER account always has its company

  return (
    <Stack gap="lg" data-testid="partner-company">
      <PageHeader title={partner.legalName} description={t('partner.company.subtitle')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder p="lg" radius="md" h="100%">
            <Title order={2} fz="h4" mb="md">
              {t('partner.company.details')}
            </Title>
            <DetailList
              items={[
                { label: t('partner.company.legalName'), value: partner.legalName, testId: 'company-legal-name' },
                { label: t('partner.company.status'), value: <StatusBadge kind="partner" status={partner.status} /> },
                { label: t('partner.company.taxId'), value: partner.taxId, numeric: true },
                { label: t('partner.company.kpp'), value: partner.kpp, numeric: true },
                { label: t('partner.company.ogrn'), value: partner.ogrn, numeric: true },
                { label: t('partner.company.participants'), value: format.number(partner.participantCount), numeric: true },
                { label: t('partner.company.address'), value: partner.address },
                { label: t('partner.company.since'), value: format.date(partner.createdAt) },
                { label: t('partner.company.contactName'), value: partner.contactName },
                { label: t('partner.company.contactEmail'), value: partner.contactEmail },
                { label: t('partner.company.contactPhone'), value: partner.contactPhone, numeric: true },
              ]}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <InviteCard inviteCode={partner.inviteCode} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
