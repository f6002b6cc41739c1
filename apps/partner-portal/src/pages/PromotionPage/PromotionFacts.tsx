import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerPromotionQuery } from '@motiva/schema';
import { DetailList, useFormat } from '@motiva/ui';

type Promotion = PartnerPromotionQuery['promotion'];

/** "14 days" / "14 дней": Intl knows each language's plural forms. */
function useDays() {
  const format = useFormat();
  return (days: number) => new Intl.NumberFormat(format.locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

/** Dates, tracking, holding period, caps, and how many of the partner's people take part. */
export function PromotionFacts({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = useDays();
  const cap = (money: Promotion['budgetCap']) => (money ? format.money(money.amountMinor, money.currency) : t('glossary.noCap'));
  return (
    <DetailList
      items={[
        { label: t('partner.promotion.startsAt'), value: format.dateTime(promotion.startsAt), numeric: true },
        { label: t('partner.promotion.endsAt'), value: format.dateTime(promotion.endsAt), numeric: true },
        {
          label: t('partner.promotion.trackingModes'),
          value: (
            <Group gap={6}>
              {promotion.trackingModes.map((mode) => (
                <Badge key={mode} variant="outline" color="gray" radius="sm" style={{ minWidth: 'max-content' }}>
                  {t(`glossary.trackingMode.${mode}`)}
                </Badge>
              ))}
            </Group>
          ),
        },
        { label: t('partner.promotion.holding'), value: days(promotion.holdingDays), numeric: true },
        { label: t('partner.promotion.budgetCap'), value: cap(promotion.budgetCap), numeric: true },
        { label: t('partner.promotion.perParticipantCap'), value: cap(promotion.perParticipantCap), numeric: true },
        {
          label: t('partner.promotion.memberCount'),
          value: format.number(promotion.memberCount),
          numeric: true,
          testId: 'promotion-member-count',
        },
      ]}
    />
  );
}
