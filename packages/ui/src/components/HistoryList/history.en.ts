import type { AuditAction, AuditEntityType } from '@motiva/schema';
import { glossaryEn } from '../../i18n/glossary.en';
import type { ActionTexts, MemberAuditAction, PromotionAuditAction } from './auditActions';

/**
 * A history sentence per audit action, in the words of the one reading it ({{name}} the record,
 * {{promotion}} the promotion an option or member belongs to, {{from}}/{{to}} stages, {{reason}} a
 * rejection's reason):
 * - auditLog: the admin's platform-wide audit log, every action, naming the promotion;
 * - admin: the admin's view of one promotion, what happened to it;
 * - brand: the brand's view of its promotion, the "who" standing beside each line ("Changed the promotion");
 * - participant: a participant's own membership ("You joined the promotion").
 * historyMessages.test.ts checks both languages have each one with the same placeholders.
 */
const auditLog: ActionTexts<AuditAction> & { unknown: string } = {
  participant: {
    registered: 'Participant {{name}} registered',
    approved: 'Participant {{name}} approved',
    rejected: 'Participant {{name}} rejected',
  },
  partner: {
    registered: 'Partner company {{name}} registered',
    approved: 'Partner company {{name}} approved',
    rejected: 'Partner company {{name}} rejected',
  },
  brand: {
    created: 'Brand {{name}} created',
    user_invited: '{{email}} invited to brand {{name}}',
    domains_updated: 'Site domains of brand {{name}} changed',
  },
  user: {
    password_set: '{{name}} set a password from an emailed link',
    password_reset_requested: '{{name}} asked for a password reset link',
    password_changed: '{{name}} changed their password',
    profile_updated: '{{name}} changed their profile',
  },
  product: {
    created: 'Product “{{name}}” added',
    updated: 'Product “{{name}}” changed',
    approved: 'Product “{{name}}” approved',
    rejected: 'Product “{{name}}” rejected',
  },
  product_import: {
    completed: 'Import of “{{name}}” finished: {{created}} created, {{updated}} updated, {{rejected}} rejected',
  },
  promotion: {
    created: 'Promotion “{{name}}” created as a draft',
    updated: 'Promotion “{{name}}” changed',
    submitted: 'Promotion “{{name}}” submitted for review',
    approved: 'Promotion “{{name}}” approved',
    rejected: 'Promotion “{{name}}” rejected',
    started: 'Promotion “{{name}}” started on schedule',
    paused: 'Promotion “{{name}}” paused',
    resumed: 'Promotion “{{name}}” resumed',
    ended: 'Promotion “{{name}}” ended',
  },
  payout_option: {
    created: 'Payout option “{{name}}” added to “{{promotion}}”',
    updated: 'Payout option “{{name}}” of “{{promotion}}” changed',
    removed: 'Payout option “{{name}}” removed from “{{promotion}}”',
  },
  member: {
    joined: '{{name}} joined “{{promotion}}”',
    added: '{{name}} invited to “{{promotion}}”',
    accepted: '{{name}} accepted the invitation to “{{promotion}}”',
    updated: 'Terms of {{name}} in “{{promotion}}” changed',
    stage_changed: '{{name}} moved from {{from}} to {{to}} in “{{promotion}}”',
    declined: '{{name}} declined the invitation to “{{promotion}}”',
    left: '{{name}} left “{{promotion}}”',
    rejoined: '{{name}} joined “{{promotion}}” again',
  },
  sale: {
    approved: 'A sale was approved and its reward posted',
    rejected: 'A sale was rejected: “{{reason}}”',
  },
  ledger: { adjusted: 'Balance of {{name}} adjusted by an administrator' },
  card: { added: 'A payout card was added', removed: 'A payout card was removed' },
  withdrawal: {
    requested: 'A withdrawal was requested',
    approved: 'A withdrawal was approved and sent for payout',
    rejected: 'A withdrawal was rejected',
    paid: 'A withdrawal was paid to the card',
    failed: 'A withdrawal payout failed; the amount is available again',
  },
  tracking: { updated: 'Link and code settings of “{{name}}” changed' },
  tracking_link: { issued: 'Tracking link issued to {{name}} in “{{promotion}}”' },
  promo_code: {
    issued: 'Promo code issued to {{name}} in “{{promotion}}”',
    refreshed: 'Promo code of {{name}} in “{{promotion}}” replaced with a new one',
    activated: 'Promo code of {{name}} in “{{promotion}}” activated',
    deactivated: 'Promo code of {{name}} in “{{promotion}}” deactivated',
    expiry_changed: 'Expiry of the promo code of {{name}} in “{{promotion}}” changed',
  },
  api_key: { created: 'API key “{{name}}” was created', revoked: 'API key “{{name}}” was revoked' },
  unknown: 'Recorded “{{action}}”',
};

/** A promotion's own history: the promotion is the page, so it is not named again. */
type PromotionSentences = ActionTexts<PromotionAuditAction> & { promotion: { endedBySchedule: string }; unknown: string };

const admin: PromotionSentences = {
  promotion: {
    created: 'Promotion created as a draft',
    updated: 'Promotion changed',
    submitted: 'Submitted for review',
    approved: 'Approved',
    rejected: 'Rejected: “{{reason}}”',
    started: 'Started on schedule',
    paused: 'Paused',
    resumed: 'Resumed',
    ended: 'Ended',
    endedBySchedule: 'Ended on its end date',
  },
  payout_option: {
    created: 'Payout option “{{name}}” added',
    updated: 'Payout option “{{name}}” changed',
    removed: 'Payout option “{{name}}” removed',
  },
  member: {
    joined: '{{name}} joined',
    added: '{{name}} added as a member',
    accepted: '{{name}} accepted the invitation',
    updated: 'Terms of {{name}} changed',
    stage_changed: '{{name}} moved from {{from}} to {{to}}',
    declined: '{{name}} declined the invitation',
    left: '{{name}} left the promotion',
    rejoined: '{{name}} joined again',
  },
  tracking: { updated: 'Link and code settings changed' },
  tracking_link: { issued: 'Tracking link issued to {{name}}' },
  promo_code: {
    issued: 'Promo code issued to {{name}}',
    refreshed: 'Promo code of {{name}} replaced with a new one',
    activated: 'Promo code of {{name}} switched on',
    deactivated: 'Promo code of {{name}} switched off',
    expiry_changed: 'Expiry of the promo code of {{name}} changed',
  },
  unknown: 'Recorded “{{action}}”',
};

const brand: PromotionSentences = {
  promotion: {
    created: 'Created the promotion',
    updated: 'Changed the promotion',
    submitted: 'Submitted it for review',
    approved: 'Approved the promotion',
    rejected: 'Rejected the promotion',
    started: 'The promotion started',
    paused: 'Paused the promotion',
    resumed: 'Resumed the promotion',
    ended: 'The promotion ended',
    endedBySchedule: 'The promotion ended on its end date',
  },
  payout_option: {
    created: 'Added payout option “{{name}}”',
    updated: 'Changed payout option “{{name}}”',
    removed: 'Removed payout option “{{name}}”',
  },
  member: {
    joined: '{{name}} joined',
    added: 'Invited {{name}}',
    accepted: '{{name}} accepted the invitation',
    updated: 'Changed the terms of {{name}}',
    stage_changed: 'Moved {{name}}: {{from}} → {{to}}',
    declined: '{{name}} declined the invitation',
    left: '{{name}} left the promotion',
    rejoined: '{{name}} joined again',
  },
  tracking: { updated: 'Changed the link and code settings' },
  tracking_link: { issued: 'Issued a tracking link to {{name}}' },
  promo_code: {
    issued: 'Issued a promo code to {{name}}',
    refreshed: 'Replaced the promo code of {{name}}',
    activated: 'Switched on the promo code of {{name}}',
    deactivated: 'Switched off the promo code of {{name}}',
    expiry_changed: 'Changed the expiry of the promo code of {{name}}',
  },
  unknown: 'Event “{{action}}”',
};

const participant: ActionTexts<MemberAuditAction> & { unknown: string } = {
  member: {
    joined: 'You joined the promotion',
    added: 'You were invited to the promotion',
    accepted: 'You accepted the invitation',
    updated: 'Your terms were changed',
    stage_changed: 'Your stage changed: {{from}} → {{to}}',
    declined: 'You declined the invitation',
    left: 'You left the promotion',
    rejoined: 'You joined again',
  },
  tracking_link: { issued: 'You got your tracking link' },
  promo_code: {
    issued: 'You got your promo code',
    refreshed: 'Your promo code was replaced with a new one',
    activated: 'Your promo code was switched on',
    deactivated: 'Your promo code was switched off',
    expiry_changed: 'The expiry of your promo code changed',
  },
  unknown: 'Your membership changed',
};

const entities: Record<AuditEntityType, string> = {
  Participant: 'Participant',
  Partner: 'Partner company',
  Brand: 'Brand',
  User: 'User',
  Product: 'Product',
  ProductImport: 'Product import',
  Promotion: 'Promotion',
  PayoutOption: glossaryEn.payoutOption,
  PromotionMember: 'Promotion member',
  Sale: 'Sale',
  PayoutCard: 'Payout card',
  Withdrawal: 'Withdrawal',
  BrandApiKey: 'API key',
};

/** English strings of the history lists (history.*), added to i18n by historyMessages.ts. */
export const historyEn = {
  system: 'System',
  by: 'by {{actor}}',
  unnamed: 'a record no longer there',
  aMember: 'a member',
  unknownProduct: 'a product no longer listed',
  unknownPartner: 'a partner company',
  none: 'none',
  emptyText: 'empty',
  noOverride: 'none (the option’s value applies)',
  more: 'Show more',
  /** Each snapshot field by name; a field not listed here shows under its key. */
  fields: {
    name: 'Name',
    description: 'Description',
    rules: 'Rules',
    startsAt: 'Start',
    endsAt: 'End',
    status: 'Status',
    rejectionReason: 'Rejection reason',
    audience: glossaryEn.audienceLabel,
    audiencePartnerIds: 'Chosen partners',
    productIds: 'Products',
    trackingModes: glossaryEn.trackingModes,
    currency: 'Currency',
    budgetCapMinor: glossaryEn.budgetCap,
    perParticipantCapMinor: glossaryEn.perParticipantCap,
    holdingDays: glossaryEn.holdingPeriod,
    kind: 'Kind',
    value: 'Value',
    isDefault: glossaryEn.defaultOption,
    productValues: 'Per-product values',
    payoutOptionName: glossaryEn.payoutOption,
    overrideValue: glossaryEn.overrideValue,
    active: glossaryEn.memberActive.label,
    validFrom: 'Valid from',
    validTo: 'Valid until',
    stage: glossaryEn.stageLabel,
  },
  entities,
  /** A short name per action, for filters. */
  actions: {
    participant: { registered: 'Participant registered', approved: 'Participant approved', rejected: 'Participant rejected' },
    partner: { registered: 'Partner registered', approved: 'Partner approved', rejected: 'Partner rejected' },
    brand: { created: 'Brand created', user_invited: 'Brand user invited', domains_updated: 'Site domains changed' },
    user: {
      password_set: 'Password set from a link',
      password_reset_requested: 'Password reset asked for',
      password_changed: 'Password changed',
      profile_updated: 'Profile changed',
    },
    product: { created: 'Product added', updated: 'Product changed', approved: 'Product approved', rejected: 'Product rejected' },
    product_import: { completed: 'Product import finished' },
    promotion: {
      created: 'Promotion created',
      updated: 'Promotion changed',
      submitted: 'Promotion submitted for review',
      approved: 'Promotion approved',
      rejected: 'Promotion rejected',
      started: 'Promotion started',
      paused: 'Promotion paused',
      resumed: 'Promotion resumed',
      ended: 'Promotion ended',
    },
    payout_option: { created: 'Payout option added', updated: 'Payout option changed', removed: 'Payout option removed' },
    member: {
      joined: 'Member joined',
      added: 'Member invited',
      accepted: 'Invitation accepted',
      updated: 'Member’s terms changed',
      stage_changed: 'Member moved to another stage',
      declined: 'Invitation declined',
      left: 'Member left',
      rejoined: 'Member joined again',
    },
    sale: { approved: 'Sale approved', rejected: 'Sale rejected' },
    ledger: { adjusted: 'Balance adjusted' },
    card: { added: 'Card added', removed: 'Card removed' },
    withdrawal: {
      requested: 'Withdrawal requested',
      approved: 'Withdrawal approved',
      rejected: 'Withdrawal rejected',
      paid: 'Withdrawal paid',
      failed: 'Withdrawal failed',
    },
    tracking: { updated: 'Link and code settings changed' },
    tracking_link: { issued: 'Tracking link issued' },
    promo_code: {
      issued: 'Promo code issued',
      refreshed: 'Promo code replaced',
      activated: 'Promo code activated',
      deactivated: 'Promo code deactivated',
      expiry_changed: 'Promo code expiry changed',
    },
    api_key: { created: 'API key created', revoked: 'API key revoked' },
  } satisfies ActionTexts<AuditAction>,
  sentences: { auditLog, admin, brand, participant },
};

export type HistoryMessages = typeof historyEn;
