/**
 * The platform's shared domain words in English: one text per concept, used by all four portals.
 * A portal's dictionary refers to these (e.g. `tracking: glossaryEn.trackingMode`) instead of
 * writing its own copy; glossary.test.ts fails when a portal redefines a term with other words.
 * Also available at runtime as `t('glossary.…')`.
 */
export const glossaryEn = {
  promotionStatus: {
    DRAFT: 'Draft',
    IN_REVIEW: 'In review',
    SCHEDULED: 'Scheduled',
    ACTIVE: 'Active',
    PAUSED: 'Paused',
    ENDED: 'Ended',
    REJECTED: 'Rejected',
  },
  /** A member's place on the promotion's board (INVITED → ACCEPTED → ACTIVE → COMPLETED). */
  stage: {
    INVITED: 'Invited',
    ACCEPTED: 'Accepted',
    ACTIVE: 'Active',
    COMPLETED: 'Completed',
    DECLINED: 'Declined',
    LEFT: 'Left',
  },
  stageLabel: 'Stage',
  allStages: 'All stages',
  /** The member's tracking switch (whether their sales count), which is not the stage. */
  memberActive: { label: 'Tracking', yes: 'On', no: 'Paused' },
  trackingMode: {
    RECEIPT_CLAIM: 'Receipt upload',
    TRACKING_LINK: 'Tracking link',
    PROMO_CODE: 'Promo code',
  },
  trackingModes: 'How sales are tracked',
  audience: {
    ALL_PARTNERS: 'All partners',
    CHOSEN_PARTNERS: 'Chosen partners',
  },
  audienceLabel: 'Who may take part',
  payoutKind: {
    PER_UNIT: 'Per unit sold',
    PERCENT_OF_SALE: 'Percent of the sale',
    FLAT_PER_SALE: 'Flat per sale',
    PER_CLICK: 'Per click',
  },
  payoutOption: 'Payout option',
  payoutOptions: 'Payout options',
  defaultOption: 'Default',
  /** A member's own payout value, replacing the option's. */
  overrideValue: 'Own payout value',
  holdingPeriod: 'Holding period',
  budgetCap: 'Budget cap',
  perParticipantCap: 'Cap per participant',
  noCap: 'No cap',
  eligibleProducts: 'Eligible products',
  rulesLabel: 'Rules and guidelines',
};

export type Glossary = typeof glossaryEn;
