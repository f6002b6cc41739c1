/**
 * The one source of text lengths: the input validators (shared/validators.ts decorators in every
 * *.inputs.ts) and the entity columns (`@Property({ length })`) both read these, and
 * field-limits.test.ts fails when an input allows more than the column it is stored in holds.
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
  /** Search boxes and filters: never stored, only matched. */
  search: 100,
  /** A bare String argument of an operation (a code, a tax id, a search) — see graphql/input-guard.ts. */
  bareArgument: 255,
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
} as const;
