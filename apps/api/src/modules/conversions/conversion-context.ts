import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery } from '../../db/prepared-query';
import { isId } from '../../shared/ids';
import type { PayoutKind } from '../promotions/promotion.enums';
import type { PayoutRule, SaleLine } from '../promotions/reward';
import { capsLeft, type RemainingCaps } from '../sales/promotion-caps';
import type { ConversionLine } from './conversion.service';

/** Everything a conversion's reward depends on, for one attributed member. */
export interface ConversionContext {
  promotionId: string;
  currency: string;
  holdingDays: number;
  participantId: string;
  overrideValue: bigint | null;
  rule: PayoutRule;
  /** The lines whose SKU (or product id) is one of the brand's products; others earn nothing. */
  lines: SaleLine[];
  /** Of those products, the ones approved and taking part in the promotion. */
  eligibleIds: Set<string>;
  names: Map<string, string>;
  keepContacts: boolean;
  caps: RemainingCaps;
}

export interface ContextRow {
  promotion_id: string;
  currency: string;
  holding_days: number;
  budget: string | null;
  cap: string | null;
  participant_id: string;
  override_value: string | null;
  option: { id: string; name: string; kind: PayoutKind; value: string };
  values: Array<{ product_id: string; value: string }>;
  products: Array<{ id: string; sku: string | null; name: string; eligible: boolean }>;
  keep: boolean;
  used_total: string | null;
  used_mine: string | null;
}

/** Where the context statement finds the brand and the lines' keys: placeholders, or a batch statement's columns. */
export interface ContextRefs {
  brandId: string;
  /** The lines' SKUs joined by U+001F (contextKeys). */
  skus: string;
  /** The lines' product ids joined by U+001F (contextKeys). */
  productIds: string;
}

/**
 * What recordConversion needs about the member `memberIdSql` names (a column of the enclosing statement or
 * a placeholder), as one SELECT of one row: the promotion (currency, holding, caps), the member's payout
 * option with its per-product values, the brand's products the lines name (and which of them earn in the
 * promotion), the brand's contact setting and the caps' usage (promotion_usage, read without a lock: the
 * write is refused with MVCAP and run again when the caps moved meanwhile). Plain SQL: the postback path
 * pays for no ORM hydration. The attribution statement embeds it once per candidate (attribution.ts), so a
 * batch of postbacks reads its orders, their candidates and their context in one round trip.
 */
export function conversionContextSql(memberIdSql: string, refs: ContextRefs): string {
  return `select p.id as promotion_id, p.currency, p.holding_days, p.budget_cap_minor::text as budget, p.per_participant_cap_minor::text as cap,
            m.participant_id, m.override_value::text as override_value,
            json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'value', o.value::text) as option,
            coalesce((select json_agg(json_build_object('product_id', v.product_id, 'value', v.value::text))
                        from payout_option_product_value v where v.option_id = o.id), '[]') as values,
            coalesce((select json_agg(json_build_object('id', pr.id, 'sku', pr.sku, 'name', pr.name,
                               'eligible', pr.status = 'APPROVED' and exists (select 1 from promotion_product pp
                                                                           where pp.promotion_id = p.id and pp.product_id = pr.id)))
                        from product pr
                       where pr.brand_id = p.brand_id
                         and (pr.sku = any(string_to_array(${refs.skus}, chr(31))) or pr.id = any(string_to_array(${refs.productIds}, chr(31))::uuid[]))), '[]') as products,
            (select keep_customer_contacts from brand where id = p.brand_id) as keep,
            (select used_minor::text from promotion_usage where promotion_id = p.id) as used_total,
            (select used_minor::text from promotion_participant_usage where promotion_id = p.id and participant_id = m.participant_id) as used_mine
       from promotion_member m join promotion p on p.id = m.promotion_id join payout_option o on o.id = m.payout_option_id
      where m.id = ${memberIdSql} and p.brand_id = ${refs.brandId}`;
}

/** The lines' keys as the context statement takes them (ContextRefs.skus and productIds). */
export function contextKeys(input: readonly ConversionLine[]): { skus: string; productIds: string } {
  // Only well-formed ids: the statement compares them as uuid (so the primary key is used, not a scan of the brand's products).
  const productIds = input.flatMap((l) => (l.productId && isId(l.productId) ? [l.productId.toLowerCase()] : []));
  // Lines are refused at the edge when they carry control characters, so U+001F cannot occur in them.
  return { skus: input.flatMap((l) => (l.sku ? [l.sku] : [])).join('\u001f'), productIds: productIds.join('\u001f') };
}

const CONTEXT_SQL = `select row_to_json(c) as context from (${conversionContextSql('$1::uuid', { brandId: '$2::uuid', skus: '$3', productIds: '$4' })}) c`;

/** The context of one member in a statement of its own (a manual sale, a retry after MVCAP). */
export async function loadConversionContext(
  em: EntityManager,
  brandId: string,
  memberId: string,
  input: readonly ConversionLine[],
): Promise<ConversionContext> {
  const { skus, productIds } = contextKeys(input);
  const [row] = await preparedQuery<{ context: ContextRow }>(em, 'motiva_conversion_context', CONTEXT_SQL, [
    memberId,
    brandId,
    skus,
    productIds,
  ]);
  if (!row) throw new Error(`member ${memberId} of brand ${brandId}: not found after attribution`);
  return toConversionContext(row.context, input);
}

/** A row of conversionContextSql, as JSON (row_to_json), with the lines resolved against its products. */
export function toConversionContext(row: ContextRow, input: readonly ConversionLine[]): ConversionContext {
  const bySku = new Map(row.products.filter((p) => p.sku).map((p) => [p.sku!, p.id]));
  const known = new Set(row.products.map((p) => p.id));
  const lines: SaleLine[] = [];
  for (const l of input) {
    const id = l.productId ? l.productId.toLowerCase() : undefined;
    const productId = id ? (known.has(id) ? id : undefined) : bySku.get(l.sku ?? '');
    if (productId) lines.push({ productId, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor });
  }
  const promotion = {
    id: row.promotion_id,
    budgetCapMinor: row.budget === null ? null : BigInt(row.budget),
    perParticipantCapMinor: row.cap === null ? null : BigInt(row.cap),
  };
  return {
    promotionId: row.promotion_id,
    currency: row.currency,
    holdingDays: row.holding_days,
    participantId: row.participant_id,
    overrideValue: row.override_value === null ? null : BigInt(row.override_value),
    rule: {
      id: row.option.id,
      name: row.option.name,
      kind: row.option.kind,
      value: BigInt(row.option.value),
      perProduct: new Map(row.values.map((v) => [v.product_id, BigInt(v.value)])),
    },
    lines,
    eligibleIds: new Set(row.products.filter((p) => p.eligible).map((p) => p.id)),
    names: new Map(row.products.map((p) => [p.id, p.name])),
    keepContacts: row.keep,
    caps: capsLeft(promotion, BigInt(row.used_total ?? 0), BigInt(row.used_mine ?? 0)),
  };
}
