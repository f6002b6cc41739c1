import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { DetailList, useFormat, usePayoutText } from '@motiva/ui';
import { OverviewCard } from './OverviewCard';

/** Dates, audience, tracking, currency, caps, holding period, and when it was created and changed. */
export function OverviewTerms({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fmt = usePayoutText(promotion.currency);
  const noCap = <Text c="dimmed">{t('glossary.noCap')}</Text>;
  return (
    <OverviewCard title={t('brand.promotions.overview.terms')} testId="overview-terms">
      <DetailList
        cols={1}
        items={[
          {
            label: t('brand.promotions.fields.startsAt'),
            value: format.dateTime(promotion.startsAt),
            numeric: true,
            testId: 'overview-starts-at',
          },
          {
            label: t('brand.promotions.fields.endsAt'),
            value: format.dateTime(promotion.endsAt),
            numeric: true,
            testId: 'overview-ends-at',
          },
          {
            label: t('brand.promotions.fields.audience'),
            testId: 'overview-audience',
            value: (
              <Stack gap={2}>
                <Text>{t(`glossary.audience.${promotion.audience}`)}</Text>
                {promotion.audience === 'CHOSEN_PARTNERS' &&
                  (promotion.audiencePartners ?? []).map((p) => (
                    <Text key={p.id} fz="sm" c="dimmed">
                      {p.legalName}
                    </Text>
                  ))}
              </Stack>
            ),
          },
          {
            label: t('brand.promotions.fields.trackingModes'),
            value: (
              <Group gap={6}>
                {promotion.trackingModes.map((m) => (
                  <Badge key={m} variant="outline" color="gray" radius="sm" style={{ minWidth: 'max-content' }}>
                    {t(`glossary.trackingMode.${m}`)}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { label: t('brand.promotions.fields.currency'), value: promotion.currency },
          {
            label: t('brand.promotions.fields.budgetCap'),
            value: promotion.budgetCap ? fmt.money(promotion.budgetCap.amountMinor) : noCap,
            numeric: true,
            testId: 'overview-budget-cap',
          },
          {
            label: t('brand.promotions.fields.perParticipantCap'),
            value: promotion.perParticipantCap ? fmt.money(promotion.perParticipantCap.amountMinor) : noCap,
            numeric: true,
            testId: 'overview-per-participant-cap',
          },
          {
            label: t('brand.promotions.fields.holdingDays'),
            value: t('brand.promotions.overview.days', { count: promotion.holdingDays }),
            numeric: true,
          },
          ...(promotion.trackingModes.includes('RECEIPT_CLAIM')
            ? [
                {
                  label: t('brand.promotions.fields.claimWindowDays'),
                  value: t('brand.promotions.overview.days', { count: promotion.claimWindowDays }),
                  numeric: true,
                  testId: 'overview-claim-window',
                },
              ]
            : []),
          { label: t('brand.promotions.fields.createdAt'), value: format.dateTime(promotion.createdAt), numeric: true },
          { label: t('brand.promotions.fields.updatedAt'), value: format.dateTime(promotion.updatedAt), numeric: true },
        ]}
      />
    </OverviewCard>
  );
}
