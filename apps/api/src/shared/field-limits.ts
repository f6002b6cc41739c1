/**
 * The one source of text lengths: the input validators (shared/validators.ts decorators in every
 * *.inputs.ts) and the entity columns (`@Property({ length })`) both read these, and
 * graphql/field-limits.test.ts fails when an input allows more than the column it is stored in holds.
 * Lengths count UTF-16 code units on input, which is never fewer than PostgreSQL's characters.
 * Changing a stored one needs a migration (README, "To add a migration").
 */
export const FIELD_LIMITS = {
  /** A person's full name, a contact person. */
  personName: 120,
  city: 120,
  email: 255,
  /** As typed, with spaces, brackets and dashes; stored as + and at most 15 digits (E.164). */
  phone: 24,
  /** Password as typed; only its hash is stored. */
  password: 256,
  /** One-time link tokens as typed; only their hash is stored. */
  linkToken: 200,
  legalName: 255,
  address: 255,
  /** INN: 10 digits for a company, 12 for a person. */
  taxId: 12,
  kpp: 9,
  ogrn: 15,
  inviteCode: 32,
  sku: 64,
  productName: 200,
  /** GTIN-8/12/13/14. */
  barcode: 14,
  category: 100,
  promotionName: 200,
  promotionDescription: 10_000,
  promotionRules: 20_000,
  payoutOptionName: 100,
  moderationReason: 1_000,
  /** ISO 4217 alphabetic code. */
  currency: 3,
  /** Whole numbers as decimal strings (minor units, basis points). */
  wholeNumber: 15,
  /** A receipt's number as printed (receipts without a fiscal QR). */
  receiptNumber: 64,
  /** The text of a fiscal receipt's QR code as scanned or pasted (t=...&s=...&fn=...&i=...&fp=...&n=...). */
  fiscalQrText: 255,
  /** Fiscal drive number (fn): 16 digits. */
  fiscalDrive: 16,
  /** Fiscal document number (i) and fiscal sign (fp): up to 10 digits each. */
  fiscalNumber: 10,
  /** A moderator's free text beside a sale decision's reason code. */
  saleDecisionText: 1_000,
  /** Search boxes and filters: never stored, only matched. */
  search: 100,
  /** A bare String argument of an operation (a code, a tax id, a search) — see graphql/input-guard.ts. */
  bareArgument: 255,
  /** A ledger journal's memo: an adjustment's or a reversal's reason. */
  ledgerMemo: 1_000,
  /** A card number as typed: 12 to 19 digits, spaces or dashes between groups. Never stored. */
  cardNumber: 23,
  /** A client's idempotency key of a withdrawal request (a UUID fits). */
  idempotencyKey: 100,
  /** Why a withdrawal was rejected or failed. */
  withdrawalReason: 1_000,
  /** A host name a brand declares as its own site (RFC 1035: 253 characters). */
  siteDomain: 253,
  /** A promotion's landing URL for tracking links (https, on one of the brand's domains). */
  landingUrl: 2_000,
  /** The query parameter the click id is appended as (letters, digits, _ and -). */
  clickIdParam: 64,
  /** A promo code pattern such as {NAME}{DIGITS:4}. */
  codePattern: 64,
  /** A promo code as customers type it. */
  promoCode: 32,
  /** The <code> of a short tracking link /r/<code>. */
  linkCode: 16,
  /** A brand's order id in a conversion postback, and a refund's id. */
  orderId: 100,
  /** The name a brand gives an API key. */
  apiKeyName: 100,
} as const;

/** How many items a list argument or list input field may hold; each list picks its kind. */
export const LIST_LIMITS = {
  /** Enum filters (statuses, tracking modes): more than the enum has is never needed. */
  enumFilter: 20,
  /** Ids picked one by one in a form (products, partners of a promotion). */
  pickedIds: 1_000,
  /** Rows changed in one bulk action (members added or edited at once). */
  bulkAction: 500,
  /** Payout options of one promotion. */
  payoutOptions: 20,
  /** Per-product values of one payout option. */
  productValues: 500,
  /** Lines of a reward preview. */
  previewLines: 100,
  /** Lines of one logged sale. */
  saleLines: 50,
  /** Photos attached to one logged sale. */
  salePhotos: 10,
  /** A brand's declared site domains. */
  siteDomains: 20,
} as const;
