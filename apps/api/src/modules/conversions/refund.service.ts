import { ownBrandId } from '../promotions/promotion-access';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { BadUserInputError, NotFoundError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { withTransaction } from '../../shared/transaction';
import { reverseForRefund } from '../ledger/ledger.refunds';
import { SaleStatus } from '../sales/sale.enums';
import { ConversionError } from './conversion-errors';
import { readConversion } from './conversion.read';
import type { RecordedConversion, RefundConversionInput } from './conversion.types';

export interface RefundRequest {
  /** The sale by id (GraphQL) or by the brand's order id (postback). */
  sale: { saleId: string } | { orderId: string };
  refundId: string;
  /** Minor units; null = all that is left. */
  amountMinor: bigint | null;
}

export interface RefundOutcome {
  /** False when this refund id was recorded before: the first result is answered. */
  created: boolean;
  conversion: RecordedConversion;
}

interface SaleRow {
  id: string;
  status: SaleStatus;
  amount_minor: string;
  refunded_minor: string;
  reward_minor: string;
  reward_reversed_minor: string;
  order_id: string;
}

/**
 * What the reward reversed in total once `refundedTotal` of `amount` is refunded, exact whatever the
 * steps: reward - floor(reward * (amount - refundedTotal) / amount). A full refund reverses the reward.
 */
export function reversedTotalFor(reward: bigint, amount: bigint, refundedTotal: bigint): bigint {
  if (amount <= 0n) return reward;
  return reward - (reward * (amount - refundedTotal)) / amount;
}

/**
 * One refund of a brand's conversion (postback or GraphQL): the sale row is locked, so refunds of one
 * order apply one at a time; (sale, refund id) is unique, so a repeat answers the first result. The
 * reward part it reverses comes out of HELD, or AVAILABLE and then DEBT (modules/ledger/ledger.refunds.ts).
 * A full refund makes the sale REVERSED.
 */
export async function refundSale(ctx: RequestContext, brandId: string, req: RefundRequest): Promise<RefundOutcome> {
  if ('saleId' in req.sale && !isId(req.sale.saleId)) throw new NotFoundError('Sale');
  if (req.amountMinor !== null && req.amountMinor <= 0n) {
    throw new BadUserInputError('The refund must be above zero', { amountMinor: 'Enter an amount above zero' });
  }
  const outcome = await withTransaction(ctx, async (tx) => {
    const [column, value] = 'saleId' in req.sale ? ['id', req.sale.saleId] : ['order_id', req.sale.orderId];
    const [sale] = await tx.em.execute<SaleRow[]>(
      `select id, status, amount_minor, refunded_minor, reward_minor, reward_reversed_minor, order_id
         from sale where brand_id = ? and ${column} = ? and order_id is not null for update`,
      [brandId, value],
    );
    if (!sale) throw new NotFoundError('Sale');
    const repeat = await tx.em.execute(`select 1 from sale_refund where sale_id = ? and external_id = ?`, [sale.id, req.refundId]);
    if (repeat.length) return { saleId: sale.id, created: false };
    const amount = BigInt(sale.amount_minor);
    const refunded = BigInt(sale.refunded_minor);
    const left = amount - refunded;
    if (left <= 0n || sale.status !== SaleStatus.APPROVED) {
      throw new ConversionError('ALREADY_REFUNDED', 'Nothing is left of this order to refund');
    }
    const part = req.amountMinor ?? left;
    if (part > left) {
      throw new ConversionError('OVER_REFUND', `At most ${left} minor units of this order are left to refund`, {
        fields: { amountMinor: `at most ${left}` },
        leftMinor: left.toString(),
      });
    }
    const reward = BigInt(sale.reward_minor);
    const reversedBefore = BigInt(sale.reward_reversed_minor);
    const reversedTotal = reversedTotalFor(reward, amount, refunded + part);
    const reverse = reversedTotal - reversedBefore;
    await tx.em.execute(
      `insert into sale_refund (id, created_at, sale_id, external_id, amount_minor, reward_reversed_minor)
       values (gen_random_uuid(), now(), ?, ?, ?, ?)`,
      [sale.id, req.refundId, part.toString(), reverse.toString()],
    );
    const full = refunded + part === amount;
    await tx.em.execute(`update sale set refunded_minor = ?, reward_reversed_minor = ?, status = ?, updated_at = now() where id = ?`, [
      (refunded + part).toString(),
      reversedTotal.toString(),
      full ? SaleStatus.REVERSED : SaleStatus.APPROVED,
      sale.id,
    ]);
    await reverseForRefund(tx.em, {
      saleId: sale.id,
      refundId: req.refundId,
      amountMinor: reverse,
      memo: `Refund ${req.refundId} of order ${sale.order_id}`,
    });
    return { saleId: sale.id, created: true };
  });
  return { created: outcome.created, conversion: (await readConversion(ctx.em, brandId, { saleId: outcome.saleId }))! };
}

/** GraphQL refundConversion: the brand's own sale (another's is NOT_FOUND). */
export async function refundConversion(ctx: RequestContext, input: RefundConversionInput): Promise<RecordedConversion> {
  const brandId = ownBrandId(ctx, Permission.RecordBrandSales);
  const amountMinor = input.amountMinor == null ? null : BigInt(input.amountMinor);
  return (await refundSale(ctx, brandId, { sale: { saleId: input.saleId.toLowerCase() }, refundId: input.refundId, amountMinor }))
    .conversion;
}
