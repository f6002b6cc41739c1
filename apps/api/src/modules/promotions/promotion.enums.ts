import { registerEnumType } from 'type-graphql';

/**
 * DRAFT -> IN_REVIEW -> (SCHEDULED ->) ACTIVE <-> PAUSED -> ENDED, or IN_REVIEW -> REJECTED -> DRAFT.
 * SCHEDULED is an approved promotion waiting for its start date; a job moves it on.
 */
export enum PromotionStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  SCHEDULED = 'SCHEDULED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
  REJECTED = 'REJECTED',
}

/** Approved and not over: partners and participants can see these. */
export const PUBLISHED_STATUSES = [PromotionStatus.SCHEDULED, PromotionStatus.ACTIVE, PromotionStatus.PAUSED, PromotionStatus.ENDED];
/** A participant may join (or be added) while the promotion is approved and not over. */
export const JOINABLE_STATUSES = [PromotionStatus.SCHEDULED, PromotionStatus.ACTIVE];
/** Approved promotions whose rules are in force; edits are audited and take effect at once. */
export const LIVE_STATUSES = [PromotionStatus.SCHEDULED, PromotionStatus.ACTIVE, PromotionStatus.PAUSED];

export enum PromotionAudience {
  ALL_PARTNERS = 'ALL_PARTNERS',
  CHOSEN_PARTNERS = 'CHOSEN_PARTNERS',
}

export enum TrackingMode {
  RECEIPT_CLAIM = 'RECEIPT_CLAIM',
  TRACKING_LINK = 'TRACKING_LINK',
  PROMO_CODE = 'PROMO_CODE',
}

export enum PayoutKind {
  PER_UNIT = 'PER_UNIT',
  PERCENT_OF_SALE = 'PERCENT_OF_SALE',
  FLAT_PER_SALE = 'FLAT_PER_SALE',
  PER_CLICK = 'PER_CLICK',
}

/** The brand's board: a member moves one step at a time. */
export enum MemberStage {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}
export const STAGE_ORDER = [MemberStage.INVITED, MemberStage.ACCEPTED, MemberStage.ACTIVE, MemberStage.COMPLETED];

export enum MemberSource {
  JOINED = 'JOINED',
  ADDED_BY_BRAND = 'ADDED_BY_BRAND',
}

registerEnumType(PromotionStatus, { name: 'PromotionStatus' });
registerEnumType(PromotionAudience, { name: 'PromotionAudience' });
registerEnumType(TrackingMode, { name: 'TrackingMode' });
registerEnumType(PayoutKind, {
  name: 'PayoutKind',
  valuesConfig: {
    PER_UNIT: { description: 'value = minor units per unit sold (optionally per product)' },
    PERCENT_OF_SALE: { description: 'value = basis points of the eligible sale amount (100 bp = 1%)' },
    FLAT_PER_SALE: { description: 'value = minor units per sale with at least one eligible line' },
    PER_CLICK: { description: 'value = minor units per tracked click' },
  },
});
registerEnumType(MemberStage, { name: 'MemberStage' });
registerEnumType(MemberSource, { name: 'MemberSource' });
