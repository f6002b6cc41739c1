import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { BadUserInputError } from '../../shared/errors';
import { withTransaction } from '../../shared/transaction';
import { accrueSaleReward } from '../ledger/ledger.postings';
import { explainReward, RewardInputError, type SaleLine } from '../promotions/reward';
import { approvedEligibleProducts, ruleOf, toPreview } from '../promotions/reward-preview.service';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { Promotion } from '../promotions/promotion.entity';
import { remainingCaps } from '../sales/promotion-caps';
import type { ConversionKind } from '../sales/sale.enums';
import type { Attribution } from './attribution';
import { ConversionError } from './conversion-errors';
import { readConversion } from './conversion.read';
import type { RecordedConversion } from './conversion.types';
import { customerHash, normaliseContact } from './customer';

const DAY_MS = 86_400_000;

/** One line as the brand reported it: by SKU (postbacks) or product id (manual sales). */
export interface ConversionLine {
  sku?: string;
  productId?: string;
  quantity: number;
  unitPriceMinor: bigint;
}

export interface ConversionInput {
  orderId: string;
  /** The order's amount in minor units; lines with unknown SKUs count in it. */
  amountMinor: bigint;
  currency: string;
  lines: readonly ConversionLine[];
  occurredAt: Date;
  kind: ConversionKind;
  customer?: { email?: string | null; phone?: string | null } | null;
}

export interface ConversionOutcome {
  /** False when the order was recorded before (also by a concurrent request): the first result is answered. */
  created: boolean;
  conversion: RecordedConversion;
}

/**
 * Records one order as an APPROVED sale of the member `decide` attributes it to (none: NOT_ATTRIBUTED, nothing stored) and accrues its reward to HELD, in one transaction.
 * Idempotent on (brand, order id): a recorded order answers its first result at once, and the insert is `on conflict do nothing` against sale_brand_order_unique,
 * so of any number of racing requests one inserts, and the others wait for its commit and read it.
 */
export async function recordConversion(
  ctx: RequestContext,
  brandId: string,
  input: ConversionInput,
  decide: () => Promise<Attribution | null>,
): Promise<ConversionOutcome> {
  if (input.currency !== ctx.app.config.wallet.currency) {
    throw new ConversionError('CURRENCY_MISMATCH', `Amounts are accepted in ${ctx.app.config.wallet.currency} only`, {
      fields: { currency: `must be ${ctx.app.config.wallet.currency}` },
    });
  }
  const recorded = await readConversion(ctx.em, brandId, { orderId: input.orderId });
  if (recorded) return { created: false, conversion: recorded };
  const attribution = await decide();
  if (!attribution) {
    throw new ConversionError('NOT_ATTRIBUTED', 'Neither the promo code nor the click names an earning member of this brand');
  }
  const saleId = await withTransaction(ctx, async (tx) => {
    const em = tx.em;
    let promotion = await em.findOneOrFail(Promotion, attribution.promotionId);
    const member = await em.findOneOrFail(PromotionMember, attribution.memberId, { populate: ['payoutOption'] });
    const participantId = member.participant.id;
    const eligible = await approvedEligibleProducts(tx, promotion.id);
    const eligibleIds = new Set(eligible.map((p) => p.id));
    const lines = await resolveLines(tx, brandId, input.lines);
    const unknown = input.lines.length - lines.length;
    const rule = await ruleOf(tx, promotion, member.payoutOption.id);
    const [brand] = await em.execute<{ keep: boolean }[]>(`select keep_customer_contacts as keep from brand where id = ?`, [brandId]);
    // Capped promotions count what is used one order at a time: the lock is taken as late as possible,
    // after every read that does not depend on it, so it is held only for the count, the insert and the accrual.
    if (promotion.budgetCapMinor != null || promotion.perParticipantCapMinor != null) {
      promotion = await em.findOneOrFail(Promotion, promotion.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    }
    const caps = await remainingCaps(tx.em, promotion, participantId);
    let explained;
    try {
      explained = explainReward({
        option: rule,
        overrideValue: member.overrideValue ?? null,
        lines,
        eligibleProductIds: eligibleIds,
        ...caps,
      });
    } catch (error) {
      if (error instanceof RewardInputError) throw new BadUserInputError(error.message, { lines: error.message });
      throw error;
    }
    const names = new Map(eligible.map((p) => [p.id, p.name]));
    const explanation = {
      ...toPreview(explained, promotion.currency, (id) => names.get(id) ?? null),
      ...(unknown > 0 ? { unknownSkuLines: unknown } : {}),
    };
    if (unknown > 0)
      explanation.steps = [...explanation.steps, `${unknown} line(s) with an unknown SKU count in the amount but earn nothing`];
    const contact = normaliseContact(input.customer);
    const inserted = await em.execute<{ id: string }[]>(
      `insert into sale (id, source, participant_id, promotion_id, brand_id, member_id, amount_minor, currency, receipt_date,
          status, reward_minor, explanation, verification, order_id, conversion_kind, click_id, promo_code_id, attribution,
          customer_hash, customer_contact, decided_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?::jsonb, 'NOT_APPLICABLE', ?, ?, ?::uuid, ?::uuid, ?::jsonb, ?, ?, now())
       on conflict (brand_id, order_id) where order_id is not null do nothing returning id`,
      [
        attribution.source,
        participantId,
        promotion.id,
        brandId,
        member.id,
        input.amountMinor.toString(),
        promotion.currency,
        input.occurredAt,
        explained.amount.toString(),
        JSON.stringify(explanation),
        input.orderId,
        input.kind,
        attribution.clickId,
        attribution.promoCodeId,
        JSON.stringify({ source: attribution.source, rule: attribution.rule, reason: attribution.reason }),
        contact ? customerHash(contact) : null,
        contact && brand?.keep ? contact : null,
      ],
    );
    const id = inserted[0]?.id;
    if (!id) return null;
    const counted = lines.filter((l) => eligibleIds.has(l.productId));
    if (counted.length) {
      await em.execute(
        `insert into sale_line (id, sale_id, product_id, quantity, unit_price_minor, position)
         select gen_random_uuid(), ?::uuid, (l->>'p')::uuid, (l->>'q')::int, (l->>'u')::bigint, (l->>'i')::int
           from jsonb_array_elements(?::jsonb) l`,
        [id, JSON.stringify(counted.map((l, i) => ({ p: l.productId, q: l.quantity, u: l.unitPriceMinor.toString(), i })))],
      );
    }
    await accrueSaleReward(em, {
      saleId: id,
      participantId,
      brandId,
      amountMinor: explained.amount,
      releaseAt: new Date(Date.now() + promotion.holdingDays * DAY_MS),
    });
    return id;
  });
  if (saleId) return { created: true, conversion: (await readConversion(ctx.em, brandId, { saleId }))! };
  // Lost the race (or a repeat): the winner has committed, since the conflicting insert waited for it.
  const first = await readConversion(ctx.em, brandId, { orderId: input.orderId });
  if (!first) throw new Error(`order ${input.orderId}: the conflicting sale is not readable`);
  return { created: false, conversion: first };
}

/** Lines whose SKU (or product id) is one of the brand's products; others are left out (they still count in the amount). */
async function resolveLines(tx: RequestContext, brandId: string, input: readonly ConversionLine[]): Promise<SaleLine[]> {
  if (input.length === 0) return [];
  const rows = await tx.em.execute<{ id: string; sku: string | null }[]>(
    `select id, sku from product where brand_id = ? and (sku = any(?::text[]) or id::text = any(?::text[]))`,
    [brandId, pgTextArray(input.map((l) => l.sku ?? '')), pgTextArray(input.map((l) => (l.productId ?? '').toLowerCase()))],
  );
  const bySku = new Map(rows.filter((r) => r.sku).map((r) => [r.sku!, r.id]));
  const ids = new Set(rows.map((r) => r.id));
  const out: SaleLine[] = [];
  for (const l of input) {
    const productId = l.productId ? (ids.has(l.productId.toLowerCase()) ? l.productId.toLowerCase() : undefined) : bySku.get(l.sku ?? '');
    if (productId) out.push({ productId, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor });
  }
  return out;
}

/** A text[] literal: knex would spread a JS array into placeholders. Elements are quoted and escaped. */
function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** What is left of the promotion's caps for the participant (pending and approved rewards count), as modules/sales counts it. */
