import { Anchor, Grid, Group, Loader, Paper, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PartnerPromotionDocument, type PartnerPromotionQuery } from '@motiva/schema';
import { EmptyState, ErrorState, PageHeader, PayoutOptionCard, StatusBadge } from '@motiva/ui';
import { MembersTable } from './MembersTable';
import { PromotionFacts } from './PromotionFacts';
import { PromotionProducts } from './PromotionProducts';
import { LongText, PromotionSection } from './PromotionSection';

type Promotion = PartnerPromotionQuery['promotion'];

/** One promotion open to the partner: what it is about, what it pays, and which of our people take part. */
export function PromotionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PartnerPromotionDocument, { variables: { id } });
  const promotion = data?.promotion;

  return (
    <Stack gap="lg" data-testid="partner-promotion">
      <Anchor component={Link} to="/promotions" fz="sm" data-testid="back-to-promotions">
        ← {t('partner.promotion.back')}
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
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={<span data-testid="promotion-name">{promotion.name}</span>}
        description={promotion.brand.legalName}
        actions={<StatusBadge kind="promotion" status={promotion.status} testId="promotion-status" />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <PromotionSection title={t('partner.promotion.about')} testId="promotion-about">
            <Stack gap="md">
              <LongText label={t('partner.promotion.description')} text={promotion.description} testId="promotion-description" />
              <LongText label={t('partner.promotion.rules')} text={promotion.rules} testId="promotion-rules" />
            </Stack>
          </PromotionSection>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <PromotionSection title={t('partner.promotion.facts')} testId="promotion-facts">
            <PromotionFacts promotion={promotion} />
          </PromotionSection>
        </Grid.Col>
      </Grid>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <PromotionSection title={t('partner.promotion.products')} testId="promotion-products">
            <PromotionProducts promotion={promotion} />
          </PromotionSection>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <PromotionSection title={t('partner.promotion.payoutOptions')} testId="promotion-payout-options">
            {promotion.payoutOptions.length === 0 ? (
              <EmptyState title={t('partner.promotion.noOptions')} testId="payout-options-empty" />
            ) : (
              <Stack gap="sm">
                {promotion.payoutOptions.map((option) => (
                  <PayoutOptionCard
                    key={option.id}
                    option={option}
                    currency={promotion.currency}
                    note={option.kind === 'PER_CLICK' ? t('partner.payout.clicksOnly') : undefined}
                  />
                ))}
              </Stack>
            )}
          </PromotionSection>
        </Grid.Col>
      </Grid>

      <PromotionSection
        title={t('partner.promotion.members')}
        description={t('partner.promotion.membersSubtitle')}
        testId="promotion-members"
      >
        <MembersTable promotionId={promotion.id} currency={promotion.currency} />
      </PromotionSection>
    </>
  );
}
