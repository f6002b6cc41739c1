/**
 * Every action the API writes to the audit log, as `<subject>.<verb>`. The API's recordAudit() takes
 * only these, and the portals' history lists (packages/ui HistoryList) have a sentence for each in
 * English and Russian (typed from this list, so a new one without words does not compile), so a new
 * action is added here first. The GraphQL field stays a String: old rows keep
 * whatever they were written with.
 */
export const AUDIT_ACTIONS = [
  'participant.registered',
  'participant.approved',
  'participant.rejected',
  'partner.registered',
  'partner.approved',
  'partner.rejected',
  'brand.created',
  'brand.user_invited',
  'user.password_set',
  'user.password_reset_requested',
  'user.password_changed',
  'user.profile_updated',
  'product.created',
  'product.updated',
  'product.approved',
  'product.rejected',
  'product_import.completed',
  'promotion.created',
  'promotion.updated',
  'promotion.submitted',
  'promotion.approved',
  'promotion.rejected',
  'promotion.started',
  'promotion.paused',
  'promotion.resumed',
  'promotion.ended',
  'payout_option.created',
  'payout_option.updated',
  'payout_option.removed',
  'member.joined',
  'member.added',
  'member.accepted',
  'member.updated',
  'member.stage_changed',
  'member.declined',
  'member.left',
  'member.rejoined',
  'sale.approved',
  'sale.rejected',
  'ledger.adjusted',
  'card.added',
  'card.removed',
  'withdrawal.requested',
  'withdrawal.approved',
  'withdrawal.rejected',
  'withdrawal.paid',
  'withdrawal.failed',
  'brand.domains_updated',
  'tracking.updated',
  'tracking_link.issued',
  'tracking_link.activated',
  'tracking_link.deactivated',
  'tracking_link.expiry_changed',
  'promo_code.issued',
  'promo_code.refreshed',
  'promo_code.activated',
  'promo_code.deactivated',
  'promo_code.expiry_changed',
  'api_key.created',
  'api_key.revoked',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record an audit event is about (AuditEvent.entityType). */
export const AUDIT_ENTITY_TYPES = [
  'Participant',
  'Partner',
  'Brand',
  'User',
  'Product',
  'ProductImport',
  'Promotion',
  'PayoutOption',
  'PromotionMember',
  'Sale',
  'PayoutCard',
  'Withdrawal',
  'BrandApiKey',
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const isAuditAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value);
