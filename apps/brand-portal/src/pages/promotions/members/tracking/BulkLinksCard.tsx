import { useMutation } from '@apollo/client/react';
import { UpdateTrackingLinksDocument, type TrackingLinkChangeOutcome } from '@motiva/schema';
import type { Member } from '../memberFormat';
import { BulkSwitchCard } from './BulkSwitchCard';

const OUTCOME_COLOR: Record<TrackingLinkChangeOutcome, string> = {
  UPDATED: 'green',
  UNCHANGED: 'gray',
  NO_LINK: 'orange',
  NOT_FOUND: 'red',
};

/** In the bulk edit drawer: switch the selected members' tracking links on or off and set when they stop, in one call. */
export function BulkLinksCard({ promotionId, members }: { promotionId: string; members: Member[] }) {
  const [update, state] = useMutation(UpdateTrackingLinksDocument, { refetchQueries: ['BrandPromotionMembers', 'PromotionHistory'] });
  return (
    <BulkSwitchCard<TrackingLinkChangeOutcome>
      k={(key) => `brand.promotions.tracking.bulkLinks.${key}`}
      testId="bulk-links"
      count={members.length}
      colors={OUTCOME_COLOR}
      loading={state.loading}
      error={state.error}
      apply={async (change) => {
        const res = await update({ variables: { input: { promotionId, memberIds: members.map((m) => m.id), ...change } } });
        return (res.data?.updateTrackingLinks ?? []).map((r) => r.outcome);
      }}
    />
  );
}
