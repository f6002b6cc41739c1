import type { RequestContext } from '../../context';
import { BadUserInputError, SaleRuleError } from '../../shared/errors';
import { approvedEligibleProducts, ruleOf, toPreview, type RewardPreview } from '../promotions/reward-preview.service';
import { explainReward, RewardInputError, type SaleLine } from '../promotions/reward';
import type { Claim } from './sale-claim';
import { remainingCaps } from './promotion-caps';
import type { SaleLineInput } from './sales.inputs';

export interface SaleReward {
  lines: SaleLine[];
  amountMinor: bigint;
  rewardMinor: bigint;
  /** What the form shows and the sale stores: explainReward's result with product names, money as strings. */
  explanation: RewardPreview;
}

/**
 * What a claim earns, through the one explainReward() with the member's payout option and override.
 * Every line must be an approved eligible product of the promotion. The caps count the rewards of
 * pending and approved sales; a cap already used up refuses the claim (CAP_REACHED), a cap partly
 * used cuts the reward to what is left (the explanation says so).
 */
export async function rewardForClaim(tx: RequestContext, claim: Claim, input: readonly SaleLineInput[]): Promise<SaleReward> {
  const { promotion, member } = claim;
  const eligible = await approvedEligibleProducts(tx, promotion.id);
  const byId = new Map(eligible.map((p) => [p.id, p]));
  const lines: SaleLine[] = input.map((l) => ({
    productId: l.productId.toLowerCase(),
    quantity: l.quantity,
    unitPriceMinor: BigInt(l.unitPriceMinor),
  }));
  const foreign = lines.filter((l) => !byId.has(l.productId));
  if (foreign.length) {
    throw new SaleRuleError('PRODUCT_NOT_IN_PROMOTION', 'One or more products do not take part in this promotion', {
      productIds: foreign.map((l) => l.productId),
    });
  }
  const { perParticipantRemaining, budgetRemaining } = await remainingCaps(tx.em, claim.promotion, claim.participantId);
  for (const [cap, remaining] of [
    ['PER_PARTICIPANT_CAP', perParticipantRemaining],
    ['BUDGET_CAP', budgetRemaining],
  ] as const) {
    if (remaining != null && remaining <= 0n) {
      throw new SaleRuleError(
        'CAP_REACHED',
        cap === 'BUDGET_CAP' ? 'The promotion’s budget is used up' : 'You have earned the most this promotion pays one participant',
        { cap },
      );
    }
  }
  const rule = await ruleOf(tx, promotion, member.payoutOption.id);
  try {
    const explained = explainReward({
      option: rule,
      overrideValue: member.overrideValue ?? null,
      lines,
      eligibleProductIds: new Set(byId.keys()),
      perParticipantRemaining,
      budgetRemaining,
    });
    return {
      lines,
      amountMinor: lines.reduce((sum, l) => sum + l.unitPriceMinor * BigInt(l.quantity), 0n),
      rewardMinor: explained.amount,
      explanation: toPreview(explained, promotion.currency, (id) => byId.get(id)?.name ?? null),
    };
  } catch (error) {
    if (error instanceof RewardInputError) throw new BadUserInputError(error.message, { lines: error.message });
    throw error;
  }
}

/** What is left of the promotion's caps for this participant: rewards of pending and approved sales count. */
