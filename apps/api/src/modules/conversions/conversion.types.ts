import { ArrayMinSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { Money } from '../../shared/money';
import { BoundedList, PatternText } from '../../shared/validators';
import { WholeNumber } from '../promotions/promotions.inputs';
import { MAX_LINE_QUANTITY } from '../sales/sales.inputs';
import { SaleStatus } from '../sales/sale.enums';

/** Order and refund ids: printable ASCII without spaces, as brands' systems issue them. */
export const EXTERNAL_ID = /^[\x21-\x7e]{1,100}$/;

@ObjectType('RecordedConversion', { description: 'A tracked or manual sale as its brand sees it after a postback, entry or refund' })
export class RecordedConversion {
  @Field(() => ID, { description: 'The sale' }) saleId!: string;
  @Field(() => String, { description: "The brand's order id" }) orderId!: string;
  @Field(() => SaleStatus, { description: 'APPROVED when recorded; REVERSED once fully refunded' }) status!: SaleStatus;
  @Field(() => Money, { description: 'The order amount, minor units' }) amount!: Money;
  @Field(() => Money, { description: 'Refunded so far, minor units' }) refunded!: Money;
  @Field(() => Money, { description: "The member's reward for the order, minor units" }) commission!: Money;
  @Field(() => Money, { description: 'Reward taken back by refunds so far, minor units' }) commissionReversed!: Money;
  @Field(() => String, { description: 'Why the order was credited to this member (code, click, or entered by the brand)' })
  attributionReason!: string;
}

@InputType('ManualSaleLineInput', { description: 'One line of a manual sale: a product of the brand, units and unit price' })
export class ManualSaleLineInput {
  @Field(() => ID, { description: "The product sold (an approved eligible product of the member's promotion)" }) productId!: string;

  @Field(() => Int, { description: `Units sold, 1 to ${MAX_LINE_QUANTITY}` })
  @Min(1, { message: 'Quantity must be at least 1' })
  @Max(MAX_LINE_QUANTITY, { message: `At most ${MAX_LINE_QUANTITY} units per line` })
  quantity!: number;

  @Field(() => String, { description: 'The price of one unit in minor units, as a decimal string' })
  @WholeNumber('Enter the unit price in minor units')
  unitPriceMinor!: string;
}

@InputType('RecordManualSaleInput', { description: 'A sale the brand enters by hand for one member of its promotion' })
export class RecordManualSaleInput {
  @Field(() => ID, { description: "The member (a membership in one of the brand's own promotions)" }) memberId!: string;

  @Field(() => String, { description: `The brand's order id, unique per brand, 1 to ${FIELD_LIMITS.orderId} printable characters` })
  @PatternText(FIELD_LIMITS.orderId, EXTERNAL_ID, 'The order id is 1 to 100 printable characters without spaces')
  orderId!: string;

  @Field(() => Date, { description: 'When the order was placed (UTC)' }) orderedAt!: Date;

  @Field(() => [ManualSaleLineInput], { description: "The order's lines, 1 to 50" })
  @ArrayMinSize(1, { message: 'Add at least one product line' })
  @BoundedList('saleLines')
  @ValidateNested({ each: true })
  lines!: ManualSaleLineInput[];
}

@InputType('RefundConversionInput', { description: 'A refund of (part of) a tracked or manual sale' })
export class RefundConversionInput {
  @Field(() => ID, { description: "The sale (one of the brand's)" }) saleId!: string;

  @Field(() => String, { description: `The brand's refund id, unique per sale; a repeat answers the first result` })
  @PatternText(FIELD_LIMITS.orderId, EXTERNAL_ID, 'The refund id is 1 to 100 printable characters without spaces')
  refundId!: string;

  @Field(() => String, { nullable: true, description: 'The amount refunded in minor units as a decimal string; null = all that is left' })
  @IsOptional()
  @WholeNumber('Enter the refund in minor units')
  amountMinor?: string | null;
}
