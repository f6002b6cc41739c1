import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { NotFoundError, SaleRuleError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { withTransaction } from '../../shared/transaction';
import type { RewardPreview } from '../promotions/reward-preview.service';
import { checkReceiptDate, loadClaim, type Claim } from './sale-claim';
import { getVisibleSale } from './sale-list';
import { attachPhotos } from './sale-photos';
import { checkLinesWithinTotal, resolveReceipt, type Receipt } from './sale-receipt';
import { rewardForClaim } from './sale-reward';
import { addRiskFlags, frequencyFlag } from './sale-risk';
import { Sale, SaleLine } from './sale.entity';
import { ReceiptVerification, SaleSource } from './sale.enums';
import type { SaleRow } from './sale.rows';
import type { SaleRewardPreviewInput, SubmitSaleInput } from './sales.inputs';

const duplicateReceipt = () => new SaleRuleError('DUPLICATE_RECEIPT', 'This receipt has been claimed already');

/** What the form shows before sending: the same explanation submitSale() stores, nothing written. */
export async function previewSaleReward(ctx: RequestContext, input: SaleRewardPreviewInput): Promise<RewardPreview> {
  const claim = await loadClaim(ctx, input.promotionId, { lock: false });
  return (await rewardForClaim(ctx, claim, input.lines)).explanation;
}

/**
 * Logs a sale by receipt. Every rule is checked inside one transaction and refuses the claim with a
 * typed error, storing nothing: the promotion takes claims and the caller is an active member; the
 * purchase date lies within the promotion, the membership and the claim window; every line is an
 * eligible product and, with a fiscal total, they do not add up to more; the caps are not used up
 * (the promotion row is locked while they are counted); the receipt was never claimed (the
 * database's unique indexes decide a race: DUPLICATE_RECEIPT, never a 500). The photos are attached
 * and the receipt check is enqueued in the same transaction.
 */
export async function submitSale(ctx: RequestContext, input: SubmitSaleInput): Promise<SaleRow> {
  const receipt = resolveReceipt(input.receipt);
  const photoIds = [...new Set((input.photoIds ?? []).map((id) => id.toLowerCase()))];
  if (photoIds.some((id) => !isId(id))) throw new NotFoundError('Photo');
  let saleId: string;
  try {
    saleId = await withTransaction(ctx, async (tx) => {
      const claim = await loadClaim(tx, input.promotionId, { lock: true });
      checkReceiptDate(claim, receipt.purchasedAt);
      const reward = await rewardForClaim(tx, claim, input.lines);
      checkLinesWithinTotal(receipt, reward.lines);
      if (await receiptClaimed(tx, claim, receipt)) throw duplicateReceipt();
      const sale = tx.em.create(Sale, {
        source: SaleSource.RECEIPT_CLAIM,
        participant: claim.participantId,
        promotion: claim.promotion,
        brand: claim.promotion.brand,
        member: claim.member,
        amountMinor: reward.amountMinor,
        currency: claim.promotion.currency,
        receiptNumber: receipt.kind === 'fiscal' ? receipt.fiscal.i : receipt.number,
        receiptDate: receipt.purchasedAt,
        ...(receipt.kind === 'fiscal'
          ? {
              fiscalFn: receipt.fiscal.fn,
              fiscalI: receipt.fiscal.i,
              fiscalFp: receipt.fiscal.fp,
              fiscalTotalMinor: receipt.fiscal.totalMinor,
              fiscalOperationType: receipt.fiscal.operationType,
            }
          : { verification: ReceiptVerification.NOT_APPLICABLE }),
        rewardMinor: reward.rewardMinor,
        explanation: reward.explanation as unknown as Record<string, unknown>,
      });
      reward.lines.forEach((line, position) =>
        tx.em.create(SaleLine, { sale, product: line.productId, quantity: line.quantity, unitPriceMinor: line.unitPriceMinor, position }),
      );
      await tx.em.flush();
      const photoFlags = await attachPhotos(tx, sale.id, claim.participantId, photoIds);
      const busy = await frequencyFlag(tx.em, claim.participantId, tx.app.config.sales.hourlyFlagThreshold);
      await addRiskFlags(tx.em, sale.id, busy ? [...photoFlags, busy] : photoFlags);
      if (receipt.kind === 'fiscal') {
        const maxAttempts = tx.app.config.sales.receiptCheckMaxAttempts;
        // The job counts its own attempts on the sale; the queue's retries (with backoff) only need to outnumber them.
        await tx.app.jobs.enqueue(
          tx.em,
          'sale.verify-receipt',
          { saleId: sale.id, maxAttempts },
          { retryLimit: maxAttempts, retryDelay: 5 },
        );
      }
      return sale.id;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw duplicateReceipt();
    throw error;
  }
  return getVisibleSale(ctx, saleId);
}

/** The friendly check before the insert (the unique indexes still decide a race). */
async function receiptClaimed(tx: RequestContext, claim: Claim, receipt: Receipt): Promise<boolean> {
  const rows =
    receipt.kind === 'fiscal'
      ? await tx.em.execute(`select 1 from sale where fiscal_fn = ? and fiscal_i = ? and fiscal_fp = ? limit 1`, [
          receipt.fiscal.fn,
          receipt.fiscal.i,
          receipt.fiscal.fp,
        ])
      : await tx.em.execute(
          `select 1 from sale where fiscal_fn is null and brand_id = ? and receipt_number = ?
              and (receipt_date at time zone 'UTC')::date = (?::timestamptz at time zone 'UTC')::date limit 1`,
          [claim.promotion.brand.id, receipt.number, receipt.purchasedAt],
        );
  return rows.length > 0;
}
