import { Anchor, Button, Grid, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ParticipantPromotionDocument } from '@motiva/schema';
import { ErrorState, PageHeader, StatusBadge } from '@motiva/ui';
import { canLogSale } from '../../components/claimable';
import { MembershipBadge } from '../../components/MembershipBadge';
import { EarningsSection } from './EarningsSection';
import { JoinPanel } from './JoinPanel';
import { MemberHistory } from './MemberHistory';
import { TrackingSection } from './TrackingSection';
import { PromotionAbout, PromotionFacts } from './PromotionAbout';
import { TermsSection } from './TermsSection';
import { TrackingCard } from './TrackingCard';
import type { Promotion } from './types';

/** Stages in which the participant takes part (the API's LEAVABLE_STAGES plus COMPLETED). */
const TAKING_PART = ['ACCEPTED', 'ACTIVE', 'COMPLETED'];

/** One promotion for the participant: what it pays them, its rules, joining, their terms and history. */
export function PromotionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ParticipantPromotionDocument, { variables: { id } });
  const promotion = data?.promotion;

  return (
    <Stack gap="lg" data-testid="participant-promotion">
      <Anchor component={Link} to="/promotions" fz="sm" data-testid="back-to-promotions">
        ← {t('participant.promotion.back')}
      </Anchor>
      {promotion ? (
        <PromotionDetails promotion={promotion} />
      ) : error ? (
        <Paper withBorder radius="md">
          <ErrorState error={error} onRetry={() => void refetch()} />
        </Paper>
      ) : loading ? (
        <Group justify="center" py="xl">
          <Loader />
        </Group>
      ) : null}
    </Stack>
  );
}

function PromotionDetails({ promotion }: { promotion: Promotion }) {
  const membership = promotion.myMembership;
  const accepted = membership && TAKING_PART.includes(membership.stage) ? membership : null;
  return (
    <>
      <PageHeader
        title={<span data-testid="promotion-name">{promotion.name}</span>}
        description={promotion.brand.legalName}
        actions={
          <Group gap={6}>
            <StatusBadge kind="promotion" status={promotion.status} testId="promotion-status" />
            <MembershipBadge membership={membership} />
          </Group>
        }
      />
      {canLogSale(promotion) && <LogSalePanel promotionId={promotion.id} />}
      {accepted ? <TermsSection promotion={promotion} membership={accepted} /> : <JoinPanel promotion={promotion} />}
      {accepted && <TrackingCard promotionId={promotion.id} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            {accepted && promotion.trackingModes.some((mode) => mode !== 'RECEIPT_CLAIM') && <TrackingSection promotionId={promotion.id} />}
            <EarningsSection promotion={promotion} />
            <PromotionAbout promotion={promotion} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <PromotionFacts promotion={promotion} />
            {membership && <MemberHistory promotion={promotion} membership={membership} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** An active member of a promotion that takes receipt claims logs their sales from here. */
function LogSalePanel({ promotionId }: { promotionId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} bg="motiva.0" data-testid="log-sale-panel">
      <Group justify="space-between" align="center" gap="md" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 280px' }}>
          <Text fw={700} fz="lg">
            {t('participant.sales.promotionPanel.title')}
          </Text>
          <Text fz="sm">{t('participant.sales.promotionPanel.text')}</Text>
        </Stack>
        <Group gap="sm" w={{ base: '100%', xs: 'auto' }}>
          <Button component={Link} to={`/sales?promotion=${promotionId}`} variant="default" size="md" w={{ base: '100%', xs: 'auto' }}>
            {t('participant.sales.promotionPanel.mySales')}
          </Button>
          <Button
            component={Link}
            to={`/sales/new?promotion=${promotionId}`}
            size="md"
            data-testid="log-sale"
            w={{ base: '100%', xs: 'auto' }}
            // A long label (Russian) wraps on a phone rather than being cut.
            h="auto"
            mih={42}
            py={6}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
          >
            {t('participant.sales.logSale')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
