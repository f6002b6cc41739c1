import type { EntityManager } from '@mikro-orm/postgresql';

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

export const isCapped = (promotion: CappedPromotion): boolean =>
  promotion.budgetCapMinor != null || promotion.perParticipantCapMinor != null;

/**
 * What is left of a promotion's caps for one participant: the one place every way of earning counts, so
 * receipt claims, conversions and cost-per-click pay from the same budget. Used (kept by the database in
 * promotion_usage / promotion_participant_usage, migration ..._cap_usage): pending and approved sale
 * rewards net of what refunds reversed, plus click accruals. Never below zero. One indexed read.
 *
 * The database refuses any statement that would take usage over a cap (MVCAP; withTransaction answers it as CAP_REACHED). A caller
 * that must not meet that refusal calls `lockCapUsage` first in its transaction; one that reads without the
 * lock (a conversion, for speed) retries on it.
 */
export async function remainingCaps(em: EntityManager, promotion: CappedPromotion, participantId: string): Promise<RemainingCaps> {
  if (!isCapped(promotion)) return { perParticipantRemaining: null, budgetRemaining: null };
  const [used] = await em.execute<Array<{ total: string | null; mine: string | null }>>(
    `select (select used_minor from promotion_usage where promotion_id = ?)::text as total,
            (select used_minor from promotion_participant_usage where promotion_id = ? and participant_id = ?)::text as mine`,
    [promotion.id, promotion.id, participantId],
  );
  return capsLeft(promotion, BigInt(used?.total ?? 0), BigInt(used?.mine ?? 0));
}

/** The caps left, given what the promotion and the participant have used. */
export function capsLeft(promotion: CappedPromotion, total: bigint, mine: bigint): RemainingCaps {
  const left = (cap: bigint | null | undefined, spent: bigint) => {
    if (cap == null) return null;
    const rest = cap - spent;
    return rest < 0n ? 0n : rest;
  };
  return { perParticipantRemaining: left(promotion.perParticipantCapMinor, mine), budgetRemaining: left(promotion.budgetCapMinor, total) };
}

/**
 * Locks the promotion's usage row for the rest of the transaction: every earning in the promotion updates
 * that row, so until commit nothing else can spend from its caps, and remainingCaps read after it is exact.
 */
export async function lockCapUsage(em: EntityManager, promotionId: string): Promise<void> {
  await em.execute(`select 1 from promotion_usage where promotion_id = ? for update`, [promotionId]);
}
