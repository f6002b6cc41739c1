/**
 * The platform's shared domain words in English: one text per concept, used by all four portals.
 * A portal's dictionary refers to these (e.g. `tracking: glossaryEn.trackingMode`) instead of
 * writing its own copy; glossary.test.ts fails when a portal redefines a term with other words.
 * Also available at runtime as `t('glossary.…')`.
 */
export const glossaryEn = {
  /** Where a participant, partner company, brand or product stands with the moderators. */
  moderationStatus: {
    PENDING: 'Pending',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
  },
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
  /** A payout value with its unit: "500.00 RUB per unit", "5% of the sale". */
  payoutValue: {
    PER_UNIT: '{{value}} per unit',
    PERCENT_OF_SALE: '{{value}} of the sale',
    FLAT_PER_SALE: '{{value}} per sale',
    PER_CLICK: '{{value}} per click',
  },
  payoutOption: 'Payout option',
  payoutOptions: 'Payout options',
  defaultOption: 'Default',
  /** An option's own value for particular products, replacing its value for those. */
  perProductValues: 'For particular products',
  /** A member's own payout value, replacing the option's. */
  overrideValue: 'Own payout value',
  holdingPeriod: 'Holding period',
  claimWindow: 'Claim window',
  budgetCap: 'Budget cap',
  perParticipantCap: 'Cap per participant',
  noCap: 'No cap',
  eligibleProducts: 'Eligible products',
  rulesLabel: 'Rules and guidelines',
  /** A background job's progress (a CSV import of products). */
  importStatus: {
    QUEUED: 'Queued',
    RUNNING: 'Running',
    DONE: 'Done',
    FAILED: 'Failed',
  },
  /** A logged sale's way through moderation. */
  saleStatus: {
    PENDING: 'In review',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
    REVERSED: 'Reversed',
  },
  /** A withdrawal to a card, from request to money on the card. */
  withdrawalStatus: {
    REQUESTED: 'Requested',
    APPROVED: 'Approved',
    PAID: 'Paid',
    REJECTED: 'Rejected',
    FAILED: 'Failed',
  },
  /** What the fiscal data operator said about a receipt. */
  receiptVerification: {
    PENDING: 'Checking',
    VERIFIED: 'Verified',
    NOT_FOUND: 'Not found',
    UNAVAILABLE: 'Check unavailable',
    NOT_APPLICABLE: 'No fiscal data',
  },
  /** Why a sale is shown first to the moderator; a flag never blocks a claim. */
  riskFlag: {
    DUPLICATE_PHOTO: 'Same photo on another sale',
    SIMILAR_PHOTO: 'Similar photo on another sale',
    RECEIPT_NOT_FOUND: 'Receipt not found',
    HIGH_FREQUENCY: 'Many sales within an hour',
  },
  /** One line of a participant's points history. */
  ledgerJournalKind: {
    ACCRUAL: 'Reward for a sale',
    RELEASE: 'Holding period ended',
    REVERSAL: 'Reward taken back',
    ADJUSTMENT: 'Adjustment',
    WITHDRAWAL_HOLD: 'Withdrawal requested',
    WITHDRAWAL_RELEASE: 'Withdrawal returned',
    PAYOUT: 'Paid out to card',
  },
};

export type Glossary = typeof glossaryEn;
