import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoredRiskFlag } from './sale.entity';
import { RiskFlagKind } from './sale.enums';

/**
 * Risk flags never block a claim: they are stored on the sale with their reasons and put it first in
 * the moderation queue (flag_count). Adding a flag is idempotent: a kind already on the sale (for
 * the same other sale) is not added twice, so a retried job or a repeated check changes nothing.
 */
export async function addRiskFlags(em: EntityManager, saleId: string, flags: readonly StoredRiskFlag[]): Promise<void> {
  for (const flag of flags) {
    const match = JSON.stringify([flag.otherSaleId ? { kind: flag.kind, otherSaleId: flag.otherSaleId } : { kind: flag.kind }]);
    await em.execute(
      `update sale set risk_flags = risk_flags || ?::jsonb, flag_count = flag_count + 1, updated_at = now()
        where id = ? and not (risk_flags @> ?::jsonb)`,
      [JSON.stringify([flag]), saleId, match],
    );
  }
}

/** More than `threshold` sales by one participant within the last hour (this one included). */
export async function frequencyFlag(em: EntityManager, participantId: string, threshold: number): Promise<StoredRiskFlag | null> {
  const [row] = await em.execute<Array<{ n: string }>>(
    `select count(*) as n from sale where participant_id = ? and submitted_at > now() - interval '1 hour'`,
    [participantId],
  );
  const count = Number(row!.n);
  if (count <= threshold) return null;
  return { kind: RiskFlagKind.HIGH_FREQUENCY, reason: `${count} sales logged by this participant within an hour (limit ${threshold})` };
}

export const receiptNotFoundFlag = (): StoredRiskFlag => ({
  kind: RiskFlagKind.RECEIPT_NOT_FOUND,
  reason: 'The receipt-check provider does not know this receipt',
});
