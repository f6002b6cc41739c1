import type { EntityManager } from '@mikro-orm/postgresql';
import { CAP_COUNTED_STATUSES } from './sale.enums';

const CAP_COUNTED_SQL = CAP_COUNTED_STATUSES.map((s) => `'${s}'`).join(', ');

export interface CappedPromotion {
  id: string;
  budgetCapMinor?: bigint | null;
  perParticipantCapMinor?: bigint | null;
}

export interface RemainingCaps {
  /** What the participant may still earn in the promotion, minor units; null without a cap. */
  perParticipantRemaining: bigint | null;
  /** What is left of the promotion's budget, minor units; null without a cap. */
  budgetRemaining: bigint | null;
}

/**
 * What is left of a promotion's caps for one participant: the one place every way of earning counts,
 * so receipt claims, conversions and cost-per-click pay from the same budget. Used: pending and approved
 * sale rewards net of what refunds reversed, plus click accruals. Never below zero. The caller holds the
 * promotion's lock when it is about to add to it.
 */
export async function remainingCaps(em: EntityManager, promotion: CappedPromotion, participantId: string): Promise<RemainingCaps> {
  if (promotion.budgetCapMinor == null && promotion.perParticipantCapMinor == null) {
    return { perParticipantRemaining: null, budgetRemaining: null };
  }
  const [used] = await em.execute<Array<{ total: string; mine: string }>>(
    `select (s.total + c.total)::text as total, (s.mine + c.mine)::text as mine
       from (select coalesce(sum(reward_minor - reward_reversed_minor), 0) as total,
                    coalesce(sum(reward_minor - reward_reversed_minor) filter (where participant_id = ?), 0) as mine
               from sale where promotion_id = ? and status in (${CAP_COUNTED_SQL})) s,
            (select coalesce(sum(amount_minor), 0) as total,
                    coalesce(sum(amount_minor) filter (where participant_id = ?), 0) as mine
               from click_accrual where promotion_id = ?) c`,
    [participantId, promotion.id, participantId, promotion.id],
  );
  const left = (cap: bigint | null | undefined, spent: string) => {
    if (cap == null) return null;
    const rest = cap - BigInt(spent);
    return rest < 0n ? 0n : rest;
  };
  return {
    perParticipantRemaining: left(promotion.perParticipantCapMinor, used!.mine),
    budgetRemaining: left(promotion.budgetCapMinor, used!.total),
  };
}
