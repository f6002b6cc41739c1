import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { BadUserInputError, SaleRuleError } from '../../shared/errors';
import { Money } from '../../shared/money';
import { enqueueInTransaction } from '../../jobs/enqueue-in-transaction';
import { isCapRefusal, transactionalWithRetry, withTransaction } from '../../shared/transaction';
import { explainReward, RewardInputError } from '../promotions/reward';
import { toPreview } from '../promotions/reward-preview.service';
import { lockCapUsage } from '../sales/promotion-caps';
import { SaleStatus, type ConversionKind } from '../sales/sale.enums';
import type { Attribution, AttributionDecision } from './attribution';
import { ConversionError } from './conversion-errors';
import { readConversion } from './conversion.read';
import type { RecordedConversion } from './conversion.types';
import { customerHash, normaliseContact } from './customer';
import { loadConversionContext, type ConversionContext } from './conversion-context';
import { writeConversions, type ConversionRecord, type ConversionWrite } from './conversion-write';
import { writeConversionBatched } from './conversion-batcher';
import { claimReplay, replayRefusal, type ReplayMarker } from './postback-auth';

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

/** Attempts that read the caps without a lock before one that locks them (the database refused the first ones: MVCAP). */
const OPTIMISTIC_ATTEMPTS = 3;

/** Nothing was written: the order was recorded before, the signed request is a replay, or its key was revoked. */
class NotWritten extends Error {
  constructor(readonly write: ConversionWrite) {
    super('conversion not written');
  }
}

/**
 * Records one order as an APPROVED sale of the member `decide` attributes it to (none: NOT_ATTRIBUTED, nothing
 * stored) and accrues its reward to HELD. A postback takes two statements: `decide` reads the order's
 * first result, its attribution and the chosen member's context at once (attribution.ts), then
 * writeConversions writes everything in one atomic statement (replay marker, sale, lines, held lot, journal).
 *
 * Idempotent on (brand, order id): a recorded order answers its first result at once, and the insert is
 * `on conflict do nothing` against sale_brand_order_unique, so of any number of racing requests one inserts,
 * and the others wait for its commit and read it.
 *
 * Caps: the reward is computed from the promotion's usage read without a lock; the database refuses a write
 * that would take usage over a cap (MVCAP, CAP_REACHED here), and the conversion is computed again from the
 * new usage; after OPTIMISTIC_ATTEMPTS the usage is locked first (exact, one at a time).
 */
export async function recordConversion(
  ctx: RequestContext,
  brandId: string,
  input: ConversionInput,
  decide: () => Promise<AttributionDecision>,
  replay: ReplayMarker | null = null,
): Promise<ConversionOutcome> {
  if (input.currency !== ctx.app.config.wallet.currency) {
    throw new ConversionError('CURRENCY_MISMATCH', `Amounts are accepted in ${ctx.app.config.wallet.currency} only`, {
      fields: { currency: `must be ${ctx.app.config.wallet.currency}` },
    });
  }
  const { recorded, attribution, context: early } = await decide();
  if (recorded) return repeated(ctx, recorded, replay);
  if (!attribution) {
    throw new ConversionError('NOT_ATTRIBUTED', 'Neither the promo code nor the click names an earning member of this brand');
  }
  for (let attempt = 1; ; attempt++) {
    const exact = attempt > OPTIMISTIC_ATTEMPTS;
    try {
      // Optimistic: with what `decide` read, one statement writes everything (autocommit, batched); exact:
      // the usage locked first in a transaction, so what is read is what the write will find.
      const record = exact
        ? await withTransaction(ctx, async (tx) => {
            await lockCapUsage(tx.em, attribution.promotionId);
            const context = await loadConversionContext(tx.em, brandId, attribution.memberId, input.lines);
            return write(tx.em, planConversion(brandId, input, attribution, context), replay);
          })
        : await write(
            ctx.em,
            planConversion(
              brandId,
              input,
              attribution,
              (attempt === 1 ? early : null) ?? (await loadConversionContext(ctx.em, brandId, attribution.memberId, input.lines)),
            ),
            replay,
          );
      return { created: true, conversion: recordedOf(record) };
    } catch (error) {
      if (error instanceof NotWritten) {
        if (!error.write.fresh) throw replayRefusal(error.write.keyLive);
        // Lost the race (or a repeat): the winner has committed, since the conflicting insert waited for it.
        const first = await readConversion(ctx.em, brandId, { orderId: input.orderId });
        if (!first) throw new Error(`order ${input.orderId}: the conflicting sale is not readable`);
        return { created: false, conversion: first };
      }
      if (isCapRefusal(error) || (error instanceof SaleRuleError && error.code === 'CAP_REACHED')) {
        if (!exact) continue;
      }
      throw error;
    }
  }
}

/**
 * Writes the conversion (with others waiting at the same time, outside a transaction), or NotWritten when
 * nothing was. A reward due at once (a promotion that holds nothing) also gets its release job, in one
 * transaction with the sale, so it is available as soon as the job runs rather than at the next minutely
 * sweep; held rewards are released by the sweep from their held lot.
 */
async function write(em: EntityManager, record: ConversionRecord, replay: ReplayMarker | null): Promise<ConversionRecord> {
  const dueNow = record.rewardMinor > 0n && record.releaseAt.getTime() <= Date.now();
  if (em.isInTransaction() || dueNow) {
    return transactionalWithRetry(em, async (tx) => {
      if (dueNow) {
        await enqueueInTransaction(tx, 'ledger.release', { saleId: record.saleId }, { singletonKey: `sale:${record.saleId}:release` });
      }
      const [written] = await writeConversions(tx, [{ record, replay }]);
      if (!written!.inserted || !written!.fresh) throw new NotWritten(written!);
      return record;
    });
  }
  const written = await writeConversionBatched(em, { record, replay });
  if (!written.inserted || !written.fresh) throw new NotWritten(written);
  return record;
}

/** The first result of an order recorded before; a signed repeat claims its own replay marker (REPLAYED when it is the same request). */
async function repeated(ctx: RequestContext, recorded: RecordedConversion, replay: ReplayMarker | null): Promise<ConversionOutcome> {
  if (replay) await claimReplay(ctx.em, replay);
  return { created: false, conversion: recorded };
}

/** The sale a conversion becomes: its reward through explainReward with the member's option, override and the caps left. */
function planConversion(brandId: string, input: ConversionInput, attribution: Attribution, context: ConversionContext): ConversionRecord {
  let explained;
  try {
    explained = explainReward({
      option: context.rule,
      overrideValue: context.overrideValue,
      lines: context.lines,
      eligibleProductIds: context.eligibleIds,
      ...context.caps,
    });
  } catch (error) {
    if (error instanceof RewardInputError) throw new BadUserInputError(error.message, { lines: error.message });
    throw error;
  }
  const unknown = input.lines.length - context.lines.length;
  const explanation = {
    ...toPreview(explained, context.currency, (id) => context.names.get(id) ?? null),
    ...(unknown > 0 ? { unknownSkuLines: unknown } : {}),
  };
  if (unknown > 0)
    explanation.steps = [...explanation.steps, `${unknown} line(s) with an unknown SKU count in the amount but earn nothing`];
  const contact = normaliseContact(input.customer);
  return {
    saleId: randomUUID(),
    brandId,
    promotionId: context.promotionId,
    participantId: context.participantId,
    currency: context.currency,
    input,
    attribution,
    rewardMinor: explained.amount,
    explanation,
    lines: context.lines.filter((l) => context.eligibleIds.has(l.productId)),
    customerHash: contact ? customerHash(contact) : null,
    customerContact: contact && context.keepContacts ? contact : null,
    releaseAt: new Date(Date.now() + context.holdingDays * DAY_MS),
  };
}

/** The answer for a conversion just written, from what was written (no read back). */
function recordedOf(record: ConversionRecord): RecordedConversion {
  const zero = Money.of(0n, record.currency);
  return {
    saleId: record.saleId,
    orderId: record.input.orderId,
    status: SaleStatus.APPROVED,
    amount: Money.of(record.input.amountMinor, record.currency),
    refunded: zero,
    commission: Money.of(record.rewardMinor, record.currency),
    commissionReversed: zero,
    attributionReason: record.attribution.reason,
  };
}
