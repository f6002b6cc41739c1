import type { AuditAction, AuditEntityType } from '@motiva/schema';
import { glossaryEn } from '../../i18n/glossary.en';
import type { ActionTexts } from './auditActions';
import { auditLogSentencesEn } from './auditLogSentences.en';
import { promotionHistorySentencesEn } from './promotionHistorySentences.en';

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
    tracking_link: {
      issued: 'Tracking link issued',
      activated: 'Tracking link switched on',
      deactivated: 'Tracking link switched off',
      expiry_changed: 'Tracking link end changed',
    },
    promo_code: {
      issued: 'Promo code issued',
      refreshed: 'Promo code replaced',
      activated: 'Promo code activated',
      deactivated: 'Promo code deactivated',
      expiry_changed: 'Promo code expiry changed',
    },
    api_key: { created: 'API key created', revoked: 'API key revoked' },
  } satisfies ActionTexts<AuditAction>,
  /**
   * A history sentence per audit action, in the words of the one reading it: the admin's audit log
   * (auditLogSentences.en.ts) and a promotion's history as the admin, the brand and a participant read
   * it (promotionHistorySentences.en.ts). historyMessages.test.ts checks both languages have each one
   * with the same placeholders.
   */
  sentences: { auditLog: auditLogSentencesEn, ...promotionHistorySentencesEn },
};

export type HistoryMessages = typeof historyEn;
