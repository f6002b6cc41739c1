import { AUDIT_ACTIONS, isAuditAction, type AuditAction } from '@motiva/schema';

/** What happens inside one promotion: to it, its payout options and its members (its history tab). */
export type PromotionAuditAction = Extract<
  AuditAction,
  | `promotion.${string}`
  | `payout_option.${string}`
  | `member.${string}`
  | `tracking.${string}`
  | `tracking_link.${string}`
  | `promo_code.${string}`
>;
/** What happens to one membership (a participant's own history), its link and promo codes included. */
export type MemberAuditAction = Extract<AuditAction, `member.${string}` | `tracking_link.${string}` | `promo_code.${string}`>;

/** The record an action is about ("member"), and what happened to it ("stage_changed"). */
type Group<A extends string> = A extends `${infer G}.${string}` ? G : never;
type Verb<A extends string, G extends string> = A extends `${G}.${infer V}` ? V : never;

/**
 * One text per action, nested as the action reads: { member: { stage_changed: '…' } }. Typed from
 * the schema's list, so a dictionary that misses an action (or names one that does not exist)
 * does not compile.
 */
export type ActionTexts<A extends string> = { [G in Group<A>]: { [V in Verb<A, G>]: string } };

export const isPromotionAuditAction = (action: string): action is PromotionAuditAction =>
  isAuditAction(action) && /^(promotion|payout_option|member|tracking|tracking_link|promo_code)\./.test(action);
export const isMemberAuditAction = (action: string): action is MemberAuditAction =>
  isAuditAction(action) && /^(member|tracking_link|promo_code)\./.test(action);

export const PROMOTION_AUDIT_ACTIONS: readonly PromotionAuditAction[] = AUDIT_ACTIONS.filter(isPromotionAuditAction);
export const MEMBER_AUDIT_ACTIONS: readonly MemberAuditAction[] = AUDIT_ACTIONS.filter(isMemberAuditAction);

/** A new record lists what it was created with, a removed one what it had: only these fields are worth a line. */
export const SNAPSHOT_FIELDS: Partial<Record<AuditAction, readonly string[]>> = {
  'payout_option.created': ['kind', 'value', 'isDefault', 'productValues'],
  'payout_option.removed': ['kind', 'value'],
  'member.added': ['payoutOptionName', 'stage'],
  'member.joined': ['payoutOptionName', 'stage'],
};

/** What a participant did themselves: their own history does not name them as the one who did it. */
export const SELF_ACTIONS: ReadonlySet<AuditAction> = new Set<AuditAction>([
  'member.joined',
  'member.accepted',
  'member.declined',
  'member.left',
  'member.rejoined',
]);
