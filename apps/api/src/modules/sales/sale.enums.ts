import { registerEnumType } from 'type-graphql';

/** How a sale reached the platform. Only RECEIPT_CLAIM is logged today; the others come with tracking (issue 10). */
export enum SaleSource {
  RECEIPT_CLAIM = 'RECEIPT_CLAIM',
  MANUAL = 'MANUAL',
  TRACKING_LINK = 'TRACKING_LINK',
  PROMO_CODE = 'PROMO_CODE',
}

/** What kind of order a conversion postback reports (sales logged by receipt have none). */
export enum ConversionKind {
  SINGLE = 'SINGLE',
  RECURRING = 'RECURRING',
  MANUAL = 'MANUAL',
}

export enum SaleStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  REVERSED = 'REVERSED',
}

/** Pending and approved rewards count against a promotion's caps; rejected and reversed ones give it back. */
export const CAP_COUNTED_STATUSES = [SaleStatus.PENDING, SaleStatus.APPROVED] as const;

/** What the receipt-check provider said about a sale's fiscal receipt. */
export enum ReceiptVerification {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  NOT_FOUND = 'NOT_FOUND',
  UNAVAILABLE = 'UNAVAILABLE',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export enum RiskFlagKind {
  DUPLICATE_PHOTO = 'DUPLICATE_PHOTO',
  SIMILAR_PHOTO = 'SIMILAR_PHOTO',
  RECEIPT_NOT_FOUND = 'RECEIPT_NOT_FOUND',
  HIGH_FREQUENCY = 'HIGH_FREQUENCY',
}

/** Why a moderator rejected a sale: a code from this list plus free text. */
export enum SaleRejectionCode {
  DUPLICATE = 'DUPLICATE',
  UNREADABLE_RECEIPT = 'UNREADABLE_RECEIPT',
  PRODUCT_MISMATCH = 'PRODUCT_MISMATCH',
  AMOUNT_MISMATCH = 'AMOUNT_MISMATCH',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  SUSPECTED_FRAUD = 'SUSPECTED_FRAUD',
  OTHER = 'OTHER',
}

/** The outcome of one sale in a bulk approval or rejection. */
export enum SaleDecisionOutcome {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  NOT_FOUND = 'NOT_FOUND',
  FAILED = 'FAILED',
}

registerEnumType(ConversionKind, {
  name: 'ConversionKind',
  description: 'What kind of order a conversion is',
  valuesConfig: {
    SINGLE: { description: 'A one-off order' },
    RECURRING: { description: 'A renewal of a subscription or another repeated order' },
    MANUAL: { description: 'Entered by hand (by the brand in its portal, or marked so by its server)' },
  },
});
registerEnumType(SaleSource, {
  name: 'SaleSource',
  description: 'How a sale reached the platform',
  valuesConfig: {
    RECEIPT_CLAIM: { description: 'The participant logged it with a receipt (QR or number and date) and photos' },
    MANUAL: { description: 'Entered by hand by the platform' },
    TRACKING_LINK: { description: "Attributed through a member's tracking link" },
    PROMO_CODE: { description: "Attributed through a member's promo code" },
  },
});

registerEnumType(SaleStatus, {
  name: 'SaleStatus',
  description: 'Where a sale is in moderation',
  valuesConfig: {
    PENDING: { description: 'Waiting for a moderator; its reward counts against the caps already' },
    APPROVED: { description: 'Approved: the reward was posted to the ledger (held until the holding period ends)' },
    REJECTED: { description: 'Rejected by a moderator with a reason; earns nothing' },
    REVERSED: { description: 'Approved, then reversed (a refund): the reward was taken back' },
  },
});

registerEnumType(ReceiptVerification, {
  name: 'ReceiptVerification',
  description: "The receipt-check provider's verdict on a sale's fiscal receipt",
  valuesConfig: {
    PENDING: { description: 'Not checked yet (the check runs in the background after submission)' },
    VERIFIED: { description: 'The fiscal data operator knows this receipt' },
    NOT_FOUND: { description: 'The fiscal data operator does not know this receipt (a risk flag is added)' },
    UNAVAILABLE: { description: 'The provider could not be reached after several tries' },
    NOT_APPLICABLE: { description: 'The receipt has no fiscal data (logged by number and date), so it cannot be checked' },
  },
});

registerEnumType(RiskFlagKind, {
  name: 'RiskFlagKind',
  description: 'A reason to look at a sale closely; flags never block a claim, they put it first in the queue',
  valuesConfig: {
    DUPLICATE_PHOTO: { description: 'A photo with the same SHA-256 is attached to another sale' },
    SIMILAR_PHOTO: { description: "A photo is near-identical (perceptual hash) to another sale's photo" },
    RECEIPT_NOT_FOUND: { description: 'The receipt-check provider does not know the receipt' },
    HIGH_FREQUENCY: { description: 'The participant logged more sales within an hour than the configured limit' },
  },
});

registerEnumType(SaleRejectionCode, {
  name: 'SaleRejectionCode',
  description: 'Why a sale was rejected (with free text beside it)',
  valuesConfig: {
    DUPLICATE: { description: 'The same sale was claimed already' },
    UNREADABLE_RECEIPT: { description: 'The receipt or its photo cannot be read' },
    PRODUCT_MISMATCH: { description: 'The receipt does not show the claimed products' },
    AMOUNT_MISMATCH: { description: 'The receipt does not show the claimed quantities or prices' },
    NOT_ELIGIBLE: { description: 'The sale does not qualify under the promotion rules' },
    SUSPECTED_FRAUD: { description: 'The claim looks fraudulent' },
    OTHER: { description: 'Another reason, in the text' },
  },
});

registerEnumType(SaleDecisionOutcome, {
  name: 'SaleDecisionOutcome',
  description: 'What happened to one sale of a bulk decision',
  valuesConfig: {
    APPROVED: { description: 'Approved now (the reward was posted)' },
    REJECTED: { description: 'Rejected now' },
    ALREADY_DECIDED: { description: 'Left as it was: it was no longer pending' },
    NOT_FOUND: { description: 'No such sale' },
    FAILED: { description: 'Left pending: deciding it failed (for instance the ledger refused the posting); try again' },
  },
});
