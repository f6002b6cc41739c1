import type { EntityManager } from '@mikro-orm/postgresql';
import { AttributionRule } from '../promotions/promotion.enums';
import { preparedQuery } from '../../db/prepared-query';
import { numberedPlaceholders } from '../../db/sql-params';
import { SaleSource } from '../sales/sale.enums';
import { CONVERSION_COLUMNS, toRecordedConversion, type ConversionRow } from './conversion.read';
import type { RecordedConversion } from './conversion.types';
import { conversionContextSql, toConversionContext, type ContextRow, type ConversionContext } from './conversion-context';
import type { ConversionLine } from './conversion.service';

/** What a conversion names to find its member by: a promo code, a click id, or both. */
export interface AttributionClaims {
  brandId: string;
  /** The order: when the brand recorded it before, its first result is answered instead. */
  orderId: string;
  /** Its lines: each candidate's conversion context is read with them (conversion-context.ts). */
  lines: readonly ConversionLine[];
  occurredAt: Date;
  promoCode?: string | null;
  clickId?: string | null;
}

/** An order's first result when it was recorded before; otherwise who earns it (null: nobody). */
export interface AttributionDecision {
  recorded: RecordedConversion | null;
  attribution: Attribution | null;
  /** What the attributed member's reward depends on, when it was read with the decision. */
  context?: ConversionContext | null;
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
  context: ContextRow;
}

// A member earns while active at an earning stage, within their validity, in a running promotion.
const EARNING = `m.active and m.stage in ('ACCEPTED', 'ACTIVE') and p.status = 'ACTIVE'
  and (m.valid_from is null or m.valid_from <= ?::timestamptz) and (m.valid_to is null or m.valid_to >= ?::timestamptz)`;

interface CandidateQuery {
  sql: string;
  params: unknown[];
}

/** The code: this brand's, ACTIVE and not expired when the order was placed, of an earning member. */
function codeCandidate(c: AttributionClaims): CandidateQuery | null {
  if (!c.promoCode) return null;
  const context = conversionContextSql('pc.member_id', c.brandId, c.lines);
  return {
    sql: `select pc.member_id, pc.promotion_id, p.attribution_rule, pc.id as ref, pc.code,
            (select row_to_json(c) from (${context.sql}) c) as context
       from promo_code pc join promotion p on p.id = pc.promotion_id join promotion_member m on m.id = pc.member_id
      where pc.brand_id = ? and upper(pc.code) = upper(?) and pc.status = 'ACTIVE'
        and (pc.expires_at is null or pc.expires_at > ?::timestamptz) and ${EARNING} limit 1`,
    params: [...context.params, c.brandId, c.promoCode, c.occurredAt, c.occurredAt, c.occurredAt],
  };
}

/** The click: on a link of this brand, within its promotion's attribution window before the order, of an earning member. */
function clickCandidate(c: AttributionClaims): CandidateQuery | null {
  if (!c.clickId) return null;
  const context = conversionContextSql('tc.member_id', c.brandId, c.lines);
  return {
    sql: `select tc.member_id, tc.promotion_id, p.attribution_rule, tc.click_id::text as ref,
            (select row_to_json(c) from (${context.sql}) c) as context
       from tracking_click tc join promotion p on p.id = tc.promotion_id join promotion_member m on m.id = tc.member_id
      where tc.click_id = ?::uuid and p.brand_id = ?
        and tc.clicked_at <= ?::timestamptz
        and tc.clicked_at >= ?::timestamptz - make_interval(days => p.attribution_window_days) and ${EARNING} limit 1`,
    params: [...context.params, c.clickId, c.brandId, c.occurredAt, c.occurredAt, c.occurredAt, c.occurredAt],
  };
}

/** The order's first result (when recorded before) and both candidates, in one round trip. */
async function candidates(
  em: EntityManager,
  claims: AttributionClaims,
): Promise<[ConversionRow | null, Candidate | null, Candidate | null]> {
  const code = codeCandidate(claims);
  const click = clickCandidate(claims);
  const column = (q: CandidateQuery | null, name: string) =>
    q ? `(select row_to_json(x) from (${q.sql}) x) as ${name}` : `null::json as ${name}`;
  // Prepared once per connection: PostgreSQL took longer to plan this statement than to run it.
  const [row] = await preparedQuery<{ recorded: ConversionRow | null; code: Candidate | null; click: Candidate | null }>(
    em,
    'motiva_attribution',
    numberedPlaceholders(`select (select row_to_json(s) from (select ${CONVERSION_COLUMNS} from sale where brand_id = ? and order_id = ?) s) as recorded,
            ${column(code, 'code')}, ${column(click, 'click')}`),
    [claims.brandId, claims.orderId, ...(code?.params ?? []), ...(click?.params ?? [])],
  );
  return [row?.recorded ?? null, row?.code ?? null, row?.click ?? null];
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
 * An order the brand recorded before is answered as it was (`recorded`), without deciding again.
 */
export async function attribute(em: EntityManager, claims: AttributionClaims): Promise<AttributionDecision> {
  const [row, code, click] = await candidates(em, claims);
  const recorded = row ? toRecordedConversion(row) : null;
  const attribution = recorded ? null : decide(code, click);
  const chosen = attribution && [code, click].find((c) => c?.member_id === attribution.memberId);
  return { recorded, attribution, context: chosen ? toConversionContext(chosen.context, claims.lines) : null };
}

function decide(code: Candidate | null, click: Candidate | null): Attribution | null {
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
