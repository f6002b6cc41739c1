import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminPromotionFieldsFragment } from '@motiva/schema';
import { PayoutOptionCard, useFormat } from '@motiva/ui';
import { DecisionHistory } from '../DecisionHistory';
import { ReviewMembers } from './ReviewMembers';
import { ReviewProducts } from './ReviewProducts';
import { Prose, ReviewSection, tabular } from './ReviewSection';
import { ReviewTerms } from './ReviewTerms';

const P = 'admin.promotions';

/** Everything an admin reads before deciding, in the order they check it. */
export function PromotionReview({ promotion }: { promotion: AdminPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const options = [...promotion.payoutOptions].sort((a, b) => a.position - b.position);
  const productCount = (
    <Text fz="sm" c="dimmed" style={tabular}>
      {format.number(promotion.products.length)}
    </Text>
  );

  return (
    <Stack gap="xl">
      <ReviewSection title={t(`${P}.sections.terms`)} testId="promotion-terms">
        <ReviewTerms promotion={promotion} />
      </ReviewSection>
      <ReviewSection title={t(`${P}.sections.description`)}>
        <Prose text={promotion.description} testId="detail-description" />
      </ReviewSection>
      <ReviewSection title={t(`${P}.sections.rules`)}>
        <Prose text={promotion.rules} testId="detail-rules" />
      </ReviewSection>
      <ReviewSection title={t(`${P}.sections.products`)} extra={productCount} testId="promotion-products">
        <ReviewProducts products={promotion.products} />
      </ReviewSection>
      <ReviewSection title={t(`${P}.sections.payoutOptions`)} testId="promotion-payout-options">
        {options.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t(`${P}.noOptions`)}
          </Text>
        ) : (
          <Stack gap="xs">
            {options.map((option) => (
              <PayoutOptionCard key={option.id} option={option} currency={promotion.currency} />
            ))}
          </Stack>
        )}
      </ReviewSection>
      <ReviewSection
        title={t(`${P}.sections.members`)}
        extra={
          <Text fz="sm" c="dimmed" style={tabular} data-testid="member-count">
            {t(`${P}.members.total`, { count: promotion.memberCount, formatted: format.number(promotion.memberCount) })}
          </Text>
        }
        testId="promotion-members"
      >
        <ReviewMembers promotion={promotion} />
      </ReviewSection>
      <ReviewSection title={t(`${P}.sections.decisions`)}>
        <DecisionHistory decisions={promotion.decisions} />
      </ReviewSection>
    </Stack>
  );
}
