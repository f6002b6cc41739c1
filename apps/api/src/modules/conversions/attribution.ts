import type { EntityManager } from '@mikro-orm/postgresql';
import { AttributionRule } from '../promotions/promotion.enums';
import { preparedQuery } from '../../db/prepared-query';
import { batchedPerPool } from '../../db/statement-batcher';
import { SaleSource } from '../sales/sale.enums';
import { CONVERSION_COLUMNS, toRecordedConversion, type ConversionRow } from './conversion.read';
import type { RecordedConversion } from './conversion.types';
import { contextKeys, conversionContextSql, toConversionContext, type ContextRow, type ConversionContext } from './conversion-context';
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

/** A member earns while active at an earning stage, within their validity, in a running promotion, at `at`. */
const earning = (at: string) => `m.active and m.stage in ('ACCEPTED', 'ACTIVE') and p.status = 'ACTIVE'
  and (m.valid_from is null or m.valid_from <= ${at}) and (m.valid_to is null or m.valid_to >= ${at})`;

/** The claims of a batch as the statement's rows (`claim`): one JSON parameter, so one text for any batch. */
const CLAIMS = `jsonb_to_recordset($1::jsonb) as claim (i int, brand_id uuid, order_id text, promo_code text, click_id uuid,
                                                     occurred_at timestamptz, skus text, product_ids text)`;
const CLAIM_CONTEXT = { brandId: 'claim.brand_id', skus: 'claim.skus', productIds: 'claim.product_ids' };

/** The code: this brand's, ACTIVE and not expired when the order was placed, of an earning member. */
const CODE_CANDIDATE = `select pc.member_id, pc.promotion_id, p.attribution_rule, pc.id as ref, pc.code,
            (select row_to_json(c) from (${conversionContextSql('pc.member_id', CLAIM_CONTEXT)}) c) as context
       from promo_code pc join promotion p on p.id = pc.promotion_id join promotion_member m on m.id = pc.member_id
      where pc.brand_id = claim.brand_id and upper(pc.code) = upper(claim.promo_code) and pc.status = 'ACTIVE'
        and (pc.expires_at is null or pc.expires_at > claim.occurred_at) and ${earning('claim.occurred_at')} limit 1`;

/** The click: on a link of this brand, within its promotion's attribution window before the order, of an earning member. */
const CLICK_CANDIDATE = `select tc.member_id, tc.promotion_id, p.attribution_rule, tc.click_id::text as ref,
            (select row_to_json(c) from (${conversionContextSql('tc.member_id', CLAIM_CONTEXT)}) c) as context
       from tracking_click tc join promotion p on p.id = tc.promotion_id join promotion_member m on m.id = tc.member_id
      where tc.click_id = claim.click_id and p.brand_id = claim.brand_id
        and tc.clicked_at <= claim.occurred_at
        and tc.clicked_at >= claim.occurred_at - make_interval(days => p.attribution_window_days) and ${earning('claim.occurred_at')} limit 1`;

/**
 * For each claim: the order's first result (when recorded before) and both candidates with their context.
 * A claim without a code (or a click) compares a null and finds no candidate of that kind.
 */
const CANDIDATES_SQL = `select claim.i,
            (select row_to_json(s) from (select ${CONVERSION_COLUMNS} from sale
                                          where brand_id = claim.brand_id and order_id = claim.order_id) s) as recorded,
            (select row_to_json(x) from (${CODE_CANDIDATE}) x) as code,
            (select row_to_json(x) from (${CLICK_CANDIDATE}) x) as click
       from ${CLAIMS} order by claim.i`;

type CandidateRow = { recorded: ConversionRow | null; code: Candidate | null; click: Candidate | null };

/** Reads the claims of a batch in one statement, prepared once per connection (its planning cost more than a run). */
async function readCandidates(em: EntityManager, claims: readonly AttributionClaims[]): Promise<CandidateRow[]> {
  const rows = claims.map((c, i) => ({
    i,
    brand_id: c.brandId,
    order_id: c.orderId,
    promo_code: c.promoCode ?? null,
    click_id: c.clickId ?? null,
    occurred_at: c.occurredAt,
    ...(({ skus, productIds }) => ({ skus, product_ids: productIds }))(contextKeys(c.lines)),
  }));
  return preparedQuery<CandidateRow>(em, 'motiva_attribution', CANDIDATES_SQL, [JSON.stringify(rows)]);
}

/**
 * The postbacks that wait while a read runs are read together in the next statement (db/statement-batcher.ts),
 * as their writes are (conversion-batcher.ts): a statement per postback cost more than the lookups in it.
 */
const readCandidatesBatched = batchedPerPool<AttributionClaims, CandidateRow>({ maxBatch: 64, maxInFlight: 2, run: readCandidates });

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
  const {
    recorded: row,
    code,
    click,
  } = em.isInTransaction() ? (await readCandidates(em, [claims]))[0]! : await readCandidatesBatched(em, claims);
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
