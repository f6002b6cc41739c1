import type { PromotionStatus } from '@motiva/schema';

/** Promotion statuses in which the API takes receipt claims (ENDED: within the claim window). */
export const CLAIMABLE_STATUSES: PromotionStatus[] = ['ACTIVE', 'ENDED'];
/** Membership stages that earn. */
const EARNING_STAGES: readonly string[] = ['ACCEPTED', 'ACTIVE'];

interface ClaimablePromotion {
  status: string;
  trackingModes: readonly string[];
  myMembership?: { stage: string; active: boolean } | null;
}

/** Whether the caller can log a receipt sale in the promotion: an active member, receipt claims on. */
export function canLogSale(promotion: ClaimablePromotion): boolean {
  const member = promotion.myMembership;
  return (
    !!member &&
    member.active &&
    EARNING_STAGES.includes(member.stage) &&
    promotion.trackingModes.includes('RECEIPT_CLAIM') &&
    (CLAIMABLE_STATUSES as readonly string[]).includes(promotion.status)
  );
}
