import { Permission } from '@motiva/schema';
import { can } from '../../auth/access';
import type { RequestContext } from '../../context';
import { ForbiddenError, SaleRuleError } from '../../shared/errors';
import { getVisiblePromotion } from '../promotions/promotion-access';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { MemberStage, PromotionStatus, TrackingMode } from '../promotions/promotion.enums';
import type { Promotion } from '../promotions/promotion.entity';
import { isCapped, lockCapUsage } from './promotion-caps';

const DAY_MS = 86_400_000;

/** Stages at which a member earns: joined or accepted, or moved on to selling by the brand. */
const EARNING_STAGES: readonly MemberStage[] = [MemberStage.ACCEPTED, MemberStage.ACTIVE];
/** A promotion takes claims while it runs, and after it ends for purchases made before (within the claim window). */
const CLAIMABLE_STATUSES: readonly PromotionStatus[] = [PromotionStatus.ACTIVE, PromotionStatus.ENDED];

/** The promotion and the caller's membership a claim is made under. */
export interface Claim {
  participantId: string;
  promotion: Promotion;
  member: PromotionMember;
}

/** The calling participant's id, when they may log sales at all. */
export function ownSellerId(ctx: RequestContext): string {
  const participantId = ctx.viewer?.participantId;
  if (!participantId || !can(ctx.viewer, Permission.LogSales)) throw new ForbiddenError();
  return participantId;
}

/**
 * The promotion (one the caller may see: another's is NOT_FOUND) and the caller's active membership.
 * `lock` locks the promotion's cap usage for the rest of the transaction (lockCapUsage): what a claim
 * against a capped promotion counts is then exact, and no conversion or other claim spends it meanwhile.
 */
export async function loadClaim(tx: RequestContext, promotionId: string, opts: { lock: boolean }): Promise<Claim> {
  const participantId = ownSellerId(tx);
  const promotion = await getVisiblePromotion(tx, promotionId);
  if (opts.lock && isCapped(promotion)) await lockCapUsage(tx.em, promotion.id);
  if (!promotion.trackingModes.includes(TrackingMode.RECEIPT_CLAIM) || !CLAIMABLE_STATUSES.includes(promotion.status)) {
    throw new SaleRuleError('PROMOTION_NOT_ACCEPTING_CLAIMS', 'This promotion does not take receipt claims now');
  }
  const member = await tx.em.findOne(PromotionMember, { promotion: promotion.id, participant: participantId });
  if (!member || !member.active || !EARNING_STAGES.includes(member.stage)) {
    throw new SaleRuleError('NOT_AN_ACTIVE_MEMBER', 'Join the promotion (or ask the brand to reactivate you) to log sales in it');
  }
  return { participantId, promotion, member };
}

/**
 * The purchase must fall within the promotion's dates and the member's validity, not in the future,
 * and no longer ago than the promotion's claim window.
 */
export function checkReceiptDate(claim: Claim, purchasedAt: Date, now = new Date()): void {
  const { promotion, member } = claim;
  const at = purchasedAt.getTime();
  // A fiscal QR's time is the shop's wall clock with no zone, kept as if it were UTC: a purchase made
  // a moment ago east of Greenwich reads up to 14 hours ahead (UTC+14), and is not in the future.
  if (at > now.getTime() + 14 * 3_600_000) throw new SaleRuleError('RECEIPT_DATE_IN_FUTURE', 'The receipt date is in the future');
  if (at < dayStart(promotion.startsAt) || at > promotion.endsAt.getTime()) {
    throw new SaleRuleError('RECEIPT_DATE_OUTSIDE_PROMOTION', 'The purchase was made outside the promotion’s dates', {
      startsAt: promotion.startsAt.toISOString(),
      endsAt: promotion.endsAt.toISOString(),
    });
  }
  if ((member.validFrom && at < member.validFrom.getTime()) || (member.validTo && at > member.validTo.getTime())) {
    throw new SaleRuleError('RECEIPT_DATE_OUTSIDE_MEMBERSHIP', 'The purchase was made outside the dates your terms apply');
  }
  if (now.getTime() - at > promotion.claimWindowDays * DAY_MS) {
    throw new SaleRuleError('CLAIM_WINDOW_EXPIRED', `Receipts can be claimed within ${promotion.claimWindowDays} days of the purchase`, {
      claimWindowDays: promotion.claimWindowDays,
    });
  }
}

/** A receipt logged by date alone (00:00 UTC) counts for a promotion that started later that day. */
function dayStart(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS) * DAY_MS;
}
