import type { RequestContext } from '../../context';
import { NotFoundError } from '../../shared/errors';
import type { StoredRiskFlag } from './sale.entity';
import { RiskFlagKind } from './sale.enums';

/** At most this many photo flags of each kind on one sale: enough to show the pattern to a moderator. */
const MAX_FLAGS_PER_KIND = 5;

/**
 * Attaches the caller's own photos, not yet attached to a sale, to the new sale in its transaction.
 * A photo that is missing, another participant's or already on a sale is NOT_FOUND (the transaction
 * rolls back: nothing is stored). Returns the risk flags the photos raise: the same file (SHA-256)
 * on another sale, or a near-identical one (perceptual hashes fewer than `photoHashDistance` bits apart).
 */
export async function attachPhotos(
  tx: RequestContext,
  saleId: string,
  participantId: string,
  photoIds: string[],
): Promise<StoredRiskFlag[]> {
  if (photoIds.length === 0) return [];
  const ids = photoIds.map(() => '?').join(', ');
  const attached = await tx.em.execute<Array<{ id: string }>>(
    `update photo set sale_id = ?, updated_at = now() where id in (${ids}) and owner_participant_id = ? and sale_id is null returning id`,
    [saleId, ...photoIds, participantId],
  );
  if (attached.length !== photoIds.length) throw new NotFoundError('Photo');

  const same = await tx.em.execute<Array<{ sale_id: string }>>(
    `select distinct other.sale_id from photo mine join photo other on other.sha256 = mine.sha256
      where mine.sale_id = ? and other.sale_id is not null and other.sale_id <> ? limit ${MAX_FLAGS_PER_KIND}`,
    [saleId, saleId],
  );
  const similar = await tx.em.execute<Array<{ sale_id: string; distance: number }>>(
    `select other.sale_id, min(bit_count(other.phash # mine.phash))::int as distance
       from photo mine join photo other on other.sale_id is not null and other.sale_id <> mine.sale_id and other.sha256 <> mine.sha256
      where mine.sale_id = ? and bit_count(other.phash # mine.phash) < ?
      group by other.sale_id order by distance limit ${MAX_FLAGS_PER_KIND}`,
    [saleId, tx.app.config.sales.photoHashDistance],
  );
  return [
    ...same.map((r) => ({
      kind: RiskFlagKind.DUPLICATE_PHOTO,
      reason: 'The same photo file (SHA-256) is attached to another sale',
      otherSaleId: r.sale_id,
    })),
    ...similar.map((r) => ({
      kind: RiskFlagKind.SIMILAR_PHOTO,
      reason: `A photo is near-identical to one on another sale (perceptual hashes ${r.distance} of 64 bits apart)`,
      otherSaleId: r.sale_id,
    })),
  ];
}
