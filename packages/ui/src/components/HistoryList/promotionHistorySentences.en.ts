import type { ActionTexts, MemberAuditAction, PromotionAuditAction } from './auditActions';

type PromotionSentences = ActionTexts<PromotionAuditAction> & { promotion: { endedBySchedule: string }; unknown: string };
type MembershipSentences = ActionTexts<MemberAuditAction> & { unknown: string };

/**
 * A promotion's own history, in the words of the one reading it; the promotion is the page, so it is
 * not named again ({{name}} the option or member, {{from}}/{{to}} stages, {{reason}} a rejection's reason):
 * - admin: the admin's view of one promotion, what happened to it;
 * - brand: the brand's view of its promotion, the "who" standing beside each line ("Changed the promotion");
 * - participant: a participant's own membership ("You joined the promotion").
 */
export interface PromotionHistorySentences {
  admin: PromotionSentences;
  brand: PromotionSentences;
  participant: MembershipSentences;
}

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
  tracking_link: {
    issued: 'Tracking link issued to {{name}}',
    activated: 'Tracking link of {{name}} switched on',
    deactivated: 'Tracking link of {{name}} switched off',
    expiry_changed: 'End of the tracking link of {{name}} changed',
  },
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
  tracking_link: {
    issued: 'Issued a tracking link to {{name}}',
    activated: 'Switched on the tracking link of {{name}}',
    deactivated: 'Switched off the tracking link of {{name}}',
    expiry_changed: 'Changed the end of the tracking link of {{name}}',
  },
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
  tracking_link: {
    issued: 'You got your tracking link',
    activated: 'Your tracking link was switched on',
    deactivated: 'Your tracking link was switched off',
    expiry_changed: 'The end of your tracking link changed',
  },
  promo_code: {
    issued: 'You got your promo code',
    refreshed: 'Your promo code was replaced with a new one',
    activated: 'Your promo code was switched on',
    deactivated: 'Your promo code was switched off',
    expiry_changed: 'The expiry of your promo code changed',
  },
  unknown: 'Your membership changed',
};

export const promotionHistorySentencesEn: PromotionHistorySentences = { admin, brand, participant };
