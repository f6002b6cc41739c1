import type { EntityManager } from '@mikro-orm/postgresql';
import { AttributionRule } from '../promotions/promotion.enums';
import { SaleSource } from '../sales/sale.enums';

/** What a conversion names to find its member by: a promo code, a click id, or both. */
export interface AttributionClaims {
  brandId: string;
  occurredAt: Date;
  promoCode?: string | null;
  clickId?: string | null;
}

/** The member the order is credited to, how, and why (stored as sale.attribution). */
export interface Attribution {
  memberId: string;
  promotionId: string;
  source: SaleSource.PROMO_CODE | SaleSource.TRACKING_LINK | SaleSource.MANUAL;
  promoCodeId: string | null;
  clickId: string | null;
  rule: AttributionRule | null;
  reason: string;
}

interface Candidate {
  member_id: string;
  promotion_id: string;
  attribution_rule: AttributionRule;
  /** The promo code's id or the click's click_id. */
  ref: string;
  code?: string;
}

// A member earns while active at an earning stage, within their validity, in a running promotion.
const EARNING = `m.active and m.stage in ('ACCEPTED', 'ACTIVE') and p.status = 'ACTIVE'
  and (m.valid_from is null or m.valid_from <= ?::timestamptz) and (m.valid_to is null or m.valid_to >= ?::timestamptz)`;

/** The code: this brand's, ACTIVE and not expired when the order was placed, of an earning member. */
async function codeCandidate(em: EntityManager, c: AttributionClaims): Promise<Candidate | null> {
  if (!c.promoCode) return null;
  const rows = await em.execute<Candidate[]>(
    `select pc.member_id, pc.promotion_id, p.attribution_rule, pc.id as ref, pc.code
       from promo_code pc join promotion p on p.id = pc.promotion_id join promotion_member m on m.id = pc.member_id
      where pc.brand_id = ? and upper(pc.code) = upper(?) and pc.status = 'ACTIVE'
        and (pc.expires_at is null or pc.expires_at > ?::timestamptz) and ${EARNING}`,
    [c.brandId, c.promoCode, c.occurredAt, c.occurredAt, c.occurredAt],
  );
  return rows[0] ?? null;
}

/** The click: on a link of this brand, within its promotion's attribution window before the order, of an earning member. */
async function clickCandidate(em: EntityManager, c: AttributionClaims): Promise<Candidate | null> {
  if (!c.clickId) return null;
  const rows = await em.execute<Candidate[]>(
    `select tc.member_id, tc.promotion_id, p.attribution_rule, tc.click_id::text as ref
       from tracking_click tc join promotion p on p.id = tc.promotion_id join promotion_member m on m.id = tc.member_id
      where tc.click_id = ?::uuid and p.brand_id = ?
        and tc.clicked_at <= ?::timestamptz
        and tc.clicked_at >= ?::timestamptz - make_interval(days => p.attribution_window_days) and ${EARNING}`,
    [c.clickId, c.brandId, c.occurredAt, c.occurredAt, c.occurredAt, c.occurredAt],
  );
  return rows[0] ?? null;
}

const byCode = (code: Candidate, reason: string): Attribution => ({
  memberId: code.member_id,
  promotionId: code.promotion_id,
  source: SaleSource.PROMO_CODE,
  promoCodeId: code.ref,
  clickId: null,
  rule: null,
  reason,
});
const byClick = (click: Candidate, reason: string): Attribution => ({
  memberId: click.member_id,
  promotionId: click.promotion_id,
  source: SaleSource.TRACKING_LINK,
  promoCodeId: null,
  clickId: click.ref,
  rule: null,
  reason,
});

/**
 * Decides who earns the order: both candidates naming one member -> that member; different members ->
 * the promotion's attribution rule (the code's promotion's when they are in different promotions); one
 * candidate -> it; none -> null (the caller refuses the conversion). Only one member ever earns an order.
 */
export async function attribute(em: EntityManager, claims: AttributionClaims): Promise<Attribution | null> {
  const [code, click] = await Promise.all([codeCandidate(em, claims), clickCandidate(em, claims)]);
  if (code && click) {
    if (code.member_id === click.member_id) {
      return {
        ...byCode(code, `promo code ${code.code} and a click on the member's tracking link both name this member`),
        clickId: click.ref,
      };
    }
    const samePromotion = code.promotion_id === click.promotion_id;
    const rule = code.attribution_rule;
    const whose = samePromotion ? "the promotion's rule" : "the promo code's promotion's rule (the click is in another promotion)";
    const chosen =
      rule === AttributionRule.CLICK_FIRST
        ? byClick(click, `the promo code ${code.code} and the click name different members; ${whose} is CLICK_FIRST: the click wins`)
        : byCode(code, `the promo code ${code.code} and the click name different members; ${whose} is CODE_FIRST: the code wins`);
    return { ...chosen, rule };
  }
  if (code) return byCode(code, `promo code ${code.code}`);
  if (click) return byClick(click, 'a click on the member’s tracking link within the attribution window');
  return null;
}
