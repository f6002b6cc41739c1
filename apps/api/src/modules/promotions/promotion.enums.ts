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

/** When an order carries both a member's promo code and a click on another member's link: who gets it. */
export enum AttributionRule {
  CODE_FIRST = 'CODE_FIRST',
  CLICK_FIRST = 'CLICK_FIRST',
}

export enum PayoutKind {
  PER_UNIT = 'PER_UNIT',
  PERCENT_OF_SALE = 'PERCENT_OF_SALE',
  FLAT_PER_SALE = 'FLAT_PER_SALE',
  PER_CLICK = 'PER_CLICK',
}

/**
 * The brand's board: a member moves one step at a time along STAGE_ORDER. DECLINED and LEFT are the
 * participant's own exits, off the board: the member row stays (with its history and terms), the
 * participant earns nothing more from it, and only the participant can come back by joining again.
 */
export enum MemberStage {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
  LEFT = 'LEFT',
}
export const STAGE_ORDER = [MemberStage.INVITED, MemberStage.ACCEPTED, MemberStage.ACTIVE, MemberStage.COMPLETED];
/** The participant said no (to an invitation) or left: not taking part, though still on record. */
export const EXIT_STAGES = [MemberStage.DECLINED, MemberStage.LEFT];
/** A participant can leave from these; an invitation is declined instead, a completed member is done. */
export const LEAVABLE_STAGES = [MemberStage.ACCEPTED, MemberStage.ACTIVE];

export enum MemberSource {
  JOINED = 'JOINED',
  ADDED_BY_BRAND = 'ADDED_BY_BRAND',
}

registerEnumType(PromotionStatus, {
  name: 'PromotionStatus',
  description:
    'Where a promotion is in its life: DRAFT -> IN_REVIEW -> (SCHEDULED ->) ACTIVE <-> PAUSED -> ENDED, or IN_REVIEW -> REJECTED -> DRAFT',
  valuesConfig: {
    ACTIVE: { description: 'Running: members earn for sales' },
    DRAFT: { description: 'Being written by the brand; nobody else sees it' },
    ENDED: { description: 'Over: members earn nothing more' },
    IN_REVIEW: { description: 'Submitted, waiting for an admin' },
    PAUSED: { description: 'Stopped for a while by the brand: members earn nothing until it resumes' },
    REJECTED: { description: 'Rejected by an admin, with a reason; the brand may edit and submit again' },
    SCHEDULED: { description: 'Approved, waiting for its start time' },
  },
});
registerEnumType(PromotionAudience, {
  name: 'PromotionAudience',
  description: "Which partner companies' participants may take part in a promotion",
  valuesConfig: {
    ALL_PARTNERS: { description: "Every approved partner's participants" },
    CHOSEN_PARTNERS: { description: 'Only the participants of the partners in audiencePartnerIds' },
  },
});
registerEnumType(TrackingMode, {
  name: 'TrackingMode',
  description: 'How a promotion attributes sales to members',
  valuesConfig: {
    PROMO_CODE: { description: 'A promo code per member that customers enter' },
    RECEIPT_CLAIM: { description: 'The participant logs the sale with a receipt number and a photo' },
    TRACKING_LINK: { description: 'A unique tracking link per member' },
  },
});
registerEnumType(AttributionRule, {
  name: 'AttributionRule',
  description: 'Which wins when an order carries a promo code and a tracked click of different members',
  valuesConfig: {
    CODE_FIRST: { description: "The promo code's member gets the order (the default)" },
    CLICK_FIRST: { description: 'The member whose link was clicked last within the attribution window gets the order' },
  },
});
registerEnumType(PayoutKind, {
  name: 'PayoutKind',
  description: 'How a payout option computes a reward, and so the unit of its value (minor units or basis points, as a decimal string)',
  valuesConfig: {
    PER_UNIT: { description: 'value = minor units per unit sold (optionally per product)' },
    PERCENT_OF_SALE: { description: 'value = basis points of the eligible sale amount (100 bp = 1%)' },
    FLAT_PER_SALE: { description: 'value = minor units per sale with at least one eligible line' },
    PER_CLICK: { description: 'value = minor units per tracked click' },
  },
});
registerEnumType(MemberStage, {
  name: 'MemberStage',
  description: 'Where a member is: the board INVITED -> ACCEPTED -> ACTIVE -> COMPLETED, or out by their own choice',
  valuesConfig: {
    INVITED: { description: 'Added by the brand; the participant has not accepted yet' },
    ACCEPTED: { description: 'Joined, or accepted the invitation' },
    ACTIVE: { description: 'Selling: moved on by the brand' },
    COMPLETED: { description: 'Done: moved on by the brand' },
    DECLINED: { description: 'The participant declined the invitation; they may still join while the promotion is open' },
    LEFT: { description: 'The participant left the promotion; they may join again while it is open' },
  },
});
registerEnumType(MemberSource, {
  name: 'MemberSource',
  description: 'How a participant became a member',
  valuesConfig: {
    ADDED_BY_BRAND: { description: 'The brand added them (they start INVITED)' },
    JOINED: { description: 'The participant joined themselves' },
  },
});
