import { Permission } from '@motiva/schema';
import { ownBrandId } from '../promotions/promotion-access';
import type { RequestContext } from '../../context';
import { NotFoundError, SaleRuleError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { ConversionKind, SaleSource } from '../sales/sale.enums';
import { readConversion } from './conversion.read';
import { recordConversion } from './conversion.service';
import type { RecordedConversion, RecordManualSaleInput } from './conversion.types';

/**
 * A sale the brand enters by hand for one member of its own promotion (another brand's member is
 * NOT_FOUND): the same service as postbacks, kind MANUAL, source MANUAL, the amount the lines' sum. An order id
 * the brand recorded before is DUPLICATE_ORDER (409), nothing stored.
 */
export async function recordManualSale(ctx: RequestContext, input: RecordManualSaleInput): Promise<RecordedConversion> {
  const brandId = ownBrandId(ctx, Permission.RecordBrandSales);
  const memberId = input.memberId.toLowerCase();
  if (!isId(memberId)) throw new NotFoundError('PromotionMember');
  const [member] = await ctx.em.execute<{ id: string; promotion_id: string; earning: boolean; in_validity: boolean }[]>(
    `select m.id, m.promotion_id,
            (m.active and m.stage in ('ACCEPTED', 'ACTIVE') and p.status = 'ACTIVE') as earning,
            ((m.valid_from is null or m.valid_from <= ?) and (m.valid_to is null or m.valid_to >= ?)) as in_validity
       from promotion_member m join promotion p on p.id = m.promotion_id where m.id = ? and p.brand_id = ?`,
    [input.orderedAt, input.orderedAt, memberId, brandId],
  );
  if (!member) throw new NotFoundError('PromotionMember');
  // The same rule as a postback's attribution: only a member who earns now is paid for an order.
  if (!member.earning) {
    throw new SaleRuleError(
      'NOT_AN_ACTIVE_MEMBER',
      'The member does not earn in this promotion now (inactive, not joined, or the promotion is not running)',
      {
        field: 'memberId',
      },
    );
  }
  if (!member.in_validity) {
    throw new SaleRuleError('RECEIPT_DATE_OUTSIDE_MEMBERSHIP', "The order date is outside the member's validity", { field: 'orderedAt' });
  }
  const lines = input.lines.map((l) => ({ productId: l.productId, quantity: l.quantity, unitPriceMinor: BigInt(l.unitPriceMinor) }));
  const outcome = await recordConversion(
    ctx,
    brandId,
    {
      orderId: input.orderId,
      amountMinor: lines.reduce((sum, l) => sum + l.unitPriceMinor * BigInt(l.quantity), 0n),
      currency: ctx.app.config.wallet.currency,
      lines,
      occurredAt: input.orderedAt,
      kind: ConversionKind.MANUAL,
    },
    async () => ({
      recorded: await readConversion(ctx.em, brandId, { orderId: input.orderId }),
      attribution: {
        memberId: member.id,
        promotionId: member.promotion_id,
        source: SaleSource.MANUAL,
        promoCodeId: null,
        clickId: null,
        rule: null,
        reason: 'entered by the brand',
      },
    }),
  );
  // A postback's repeat answers its first result; a person typing an order id that exists must be told, not
  // shown someone else's sale as if it were theirs.
  if (!outcome.created) {
    throw new SaleRuleError('DUPLICATE_ORDER', `Order ${input.orderId} is already recorded for this brand`, {
      field: 'orderId',
      saleId: outcome.conversion.saleId,
    });
  }
  return outcome.conversion;
}
