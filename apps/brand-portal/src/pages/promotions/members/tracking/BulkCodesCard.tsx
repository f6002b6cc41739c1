import { useMutation } from '@apollo/client/react';
import { UpdatePromoCodesDocument, type PromoCodeChangeOutcome } from '@motiva/schema';
import type { Member } from '../memberFormat';
import { BulkSwitchCard } from './BulkSwitchCard';

const OUTCOME_COLOR: Record<PromoCodeChangeOutcome, string> = { UPDATED: 'green', UNCHANGED: 'gray', NO_CODE: 'orange', NOT_FOUND: 'red' };

/** In the bulk edit drawer: switch the selected members' promo codes on or off and set their expiry, in one call. */
export function BulkCodesCard({ promotionId, members }: { promotionId: string; members: Member[] }) {
  const [update, state] = useMutation(UpdatePromoCodesDocument, { refetchQueries: ['BrandPromotionMembers', 'PromotionHistory'] });
  return (
    <BulkSwitchCard<PromoCodeChangeOutcome>
      k={(key) => `brand.promotions.tracking.bulk.${key}`}
      testId="bulk-codes"
      count={members.length}
      colors={OUTCOME_COLOR}
      loading={state.loading}
      error={state.error}
      apply={async (change) => {
        const res = await update({ variables: { input: { promotionId, memberIds: members.map((m) => m.id), ...change } } });
        return (res.data?.updatePromoCodes ?? []).map((r) => r.outcome);
      }}
    />
  );
}
