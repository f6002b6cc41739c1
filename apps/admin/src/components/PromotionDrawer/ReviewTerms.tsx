import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminPromotionFieldsFragment } from '@motiva/schema';
import { DetailList, useFormat } from '@motiva/ui';

const P = 'admin.promotions';

/** Who may take part: all partners, or the chosen ones by name. */
function Audience({ promotion }: { promotion: AdminPromotionFieldsFragment }) {
  const { t } = useTranslation();
  if (promotion.audience !== 'CHOSEN_PARTNERS') return <>{t('glossary.audience.ALL_PARTNERS')}</>;
  return (
    <Stack gap={4}>
      <Text fz="sm">{t('glossary.audience.CHOSEN_PARTNERS')}</Text>
      <List size="sm" spacing={2} data-testid="detail-audience-partners">
        {(promotion.audiencePartners ?? []).map((p) => (
          <List.Item key={p.id} style={{ overflowWrap: 'anywhere' }}>
            {p.legalName}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** The promotion's terms: brand, audience, dates, tracking, holding period, caps. */
export function ReviewTerms({ promotion }: { promotion: AdminPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cap = (money: AdminPromotionFieldsFragment['budgetCap']) =>
    money ? format.money(money.amountMinor, money.currency) : t('glossary.noCap');
  const tracking =
    promotion.trackingModes.length === 0 ? (
      t(`${P}.noTracking`)
    ) : (
      <Group gap={6}>
        {promotion.trackingModes.map((mode) => (
          <Badge key={mode} variant="light" color="gray" radius="sm" tt="none" fw={500}>
            {t(`glossary.trackingMode.${mode}`)}
          </Badge>
        ))}
      </Group>
    );
  return (
    <DetailList
      items={[
        { label: t(`${P}.fields.brand`), value: promotion.brand.legalName, testId: 'detail-brand' },
        { label: t(`${P}.fields.audience`), value: <Audience promotion={promotion} />, testId: 'detail-audience' },
        { label: t(`${P}.fields.startsAt`), value: format.dateTime(promotion.startsAt), numeric: true, testId: 'detail-starts' },
        { label: t(`${P}.fields.endsAt`), value: format.dateTime(promotion.endsAt), numeric: true, testId: 'detail-ends' },
        { label: t(`${P}.fields.trackingModes`), value: tracking, testId: 'detail-tracking' },
        {
          label: t(`${P}.fields.holdingDays`),
          value: promotion.holdingDays > 0 ? t(`${P}.days`, { count: promotion.holdingDays }) : t(`${P}.noHolding`),
          numeric: true,
          testId: 'detail-holding',
        },
        { label: t(`${P}.fields.budgetCap`), value: cap(promotion.budgetCap), numeric: true, testId: 'detail-budget-cap' },
        {
          label: t(`${P}.fields.perParticipantCap`),
          value: cap(promotion.perParticipantCap),
          numeric: true,
          testId: 'detail-participant-cap',
        },
        { label: t(`${P}.fields.currency`), value: promotion.currency },
        { label: t(`${P}.fields.submitted`), value: format.dateTime(promotion.updatedAt), numeric: true },
      ]}
    />
  );
}
