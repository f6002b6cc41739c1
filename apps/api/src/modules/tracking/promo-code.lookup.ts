import type { EntityManager } from '@mikro-orm/postgresql';
import type { PromoCodeStatus } from './tracking.enums';

/** A promo code found for attributing an order, with the member it belongs to. */
export interface PromoCodeForAttribution {
  promoCodeId: string;
  memberId: string;
  participantId: string;
  promotionId: string;
  status: PromoCodeStatus;
  expiresAt: Date | null;
}

interface Row {
  id: string;
  member_id: string;
  participant_id: string;
  promotion_id: string;
  status: PromoCodeStatus;
  expires_at: Date | string | null;
}

/**
 * The brand's promo code `code` (matched case-insensitively, surrounding spaces ignored) that counted at
 * `at` (UTC, the order's time), or null. It counted when it was ACTIVE, or REPLACED only after `at` (an
 * order placed before a leaked code was refreshed still belongs to its member), and it had not expired
 * by `at`. INACTIVE codes never count. One indexed read on promo_code_brand_code_unique, plain SQL.
 */
export async function findPromoCodeForAttribution(
  em: EntityManager,
  brandId: string,
  code: string,
  at: Date,
): Promise<PromoCodeForAttribution | null> {
  const wanted = code.trim();
  if (!/^[A-Za-z0-9_-]{3,32}$/.test(wanted)) return null;
  const [row] = await em.execute<Row[]>(
    `select pc.id, pc.member_id, pc.participant_id, pc.promotion_id, pc.status, pc.expires_at
       from promo_code pc
      where pc.brand_id = ? and upper(pc.code) = upper(?)
        and (pc.status = 'ACTIVE' or (pc.status = 'REPLACED' and pc.replaced_at > ?))
        and (pc.expires_at is null or pc.expires_at > ?)
      limit 1`,
    [brandId, wanted, at, at],
  );
  if (!row) return null;
  return {
    promoCodeId: row.id,
    memberId: row.member_id,
    participantId: row.participant_id,
    promotionId: row.promotion_id,
    status: row.status,
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at),
  };
}
