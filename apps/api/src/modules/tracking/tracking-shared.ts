/** What the tracking services share: locks that order concurrent changes, views, the duplicate-code error. */
import { LockMode } from '@mikro-orm/core';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { DomainError, NotFoundError } from '../../shared/errors';
import { assertId, isId } from '../../shared/ids';
import { ownBrandId } from '../promotions/promotion-access';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { Promotion } from '../promotions/promotion.entity';
import type { PromoCode } from './promo-code.entity';
import type { TrackingLink } from './tracking-link.entity';
import type { PromoCodeView, TrackingLinkView } from './tracking.types';

export const DAY_MS = 86_400_000;
/** Rounds of drawing new random codes for the members whose draw clashed with an existing code. */
export const CODE_ATTEMPTS = 6;

/** A promo code someone else in the brand already has (whatever its case, replaced ones included). */
export class DuplicateCodeError extends DomainError {
  readonly code = 'DUPLICATE_CODE';
  constructor(code: string) {
    super(`${code} is already used in your brand (codes are unique whatever their case); choose another`);
    this.details.fields = { code: 'Already used in your brand' };
  }
}

/** The brand's own promotion, locked so concurrent tracking changes of one promotion run one after another. */
export async function lockTrackedPromotion(tx: RequestContext, id: string): Promise<Promotion> {
  const promotion = await tx.em.findOne(
    Promotion,
    { id: assertId(id, 'Promotion'), brand: ownBrandId(tx, Permission.ManageOwnTracking) },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!promotion) throw new NotFoundError('Promotion');
  return promotion;
}

/** Codes of one brand are drawn one transaction at a time, so the clash check below cannot race. */
export async function lockBrandCodes(tx: RequestContext, brandId: string): Promise<void> {
  await tx.em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`promo_code:${brandId}`]);
}

export const linkView = (ctx: RequestContext, l: TrackingLink): TrackingLinkView => ({
  id: l.id,
  code: l.code,
  url: `${ctx.app.config.publicUrl}/r/${l.code}`,
  active: l.active,
  expiresAt: l.expiresAt ?? null,
  createdAt: l.createdAt,
});

export const codeView = (c: PromoCode): PromoCodeView => ({
  id: c.id,
  code: c.code,
  status: c.status,
  expiresAt: c.expiresAt ?? null,
  replacedAt: c.replacedAt ?? null,
  createdAt: c.createdAt,
});

/** A member of the brand's own promotion, locked with the promotion; NOT_FOUND for anyone else's. */
export async function lockOwnMember(tx: RequestContext, memberId: string): Promise<{ member: PromotionMember; promotion: Promotion }> {
  const brandId = ownBrandId(tx, Permission.ManageOwnTracking);
  const found = await tx.em.findOne(
    PromotionMember,
    { id: assertId(memberId, 'Member'), promotion: { brand: brandId } },
    { fields: ['promotion'] },
  );
  if (!found) throw new NotFoundError('Member');
  const promotion = await lockTrackedPromotion(tx, found.promotion.id);
  const member = await tx.em.findOneOrFail(PromotionMember, { id: found.id }, { populate: ['participant.user'] });
  return { member, promotion };
}

/**
 * The members a bulk change names, deduplicated and lower-cased in the caller's order, and which of them belong
 * to the promotion (the others answer NOT_FOUND, like a foreign id).
 */
export async function namedMembers(
  tx: RequestContext,
  promotionId: string,
  memberIds: string[],
): Promise<{ ids: string[]; members: Set<string> }> {
  const ids = [...new Set(memberIds.map((id) => id.toLowerCase()))];
  const found = await tx.em.find(PromotionMember, { promotion: promotionId, id: { $in: ids.filter(isId) } }, { fields: ['id'] });
  return { ids, members: new Set(found.map((m) => m.id)) };
}

/** Whether a bulk change's expiry (undefined: left out) differs from the current one, compared as instants. */
export const changesExpiry = (current: Date | null | undefined, next: Date | null | undefined): boolean =>
  next !== undefined && (current?.getTime() ?? null) !== (next?.getTime() ?? null);
