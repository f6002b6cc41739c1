import type { AuditAction } from '@motiva/schema';
import type { ActionTexts } from './auditActions';

/**
 * The admin's platform-wide audit log: a sentence for every action the API records, naming the record
 * ({{name}}) and, for an option, member, link or code, the promotion it belongs to ({{promotion}}).
 */
export type AuditLogSentences = ActionTexts<AuditAction> & { unknown: string };

export const auditLogSentencesEn: AuditLogSentences = {
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
  tracking_link: {
    issued: 'Tracking link issued to {{name}} in “{{promotion}}”',
    activated: 'Tracking link of {{name}} in “{{promotion}}” switched on',
    deactivated: 'Tracking link of {{name}} in “{{promotion}}” switched off',
    expiry_changed: 'End of the tracking link of {{name}} in “{{promotion}}” changed',
  },
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
