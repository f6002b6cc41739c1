import { ArrayMinSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { BoundedList, MultiLineText, PatternText, SingleLineText } from '../../shared/validators';
import { WholeNumber } from '../promotions/promotions.inputs';
import { SaleRejectionCode, SaleStatus } from './sale.enums';

/** Units per line: a receipt line for more than this is a typo, not a sale. */
export const MAX_LINE_QUANTITY = 10_000;

@InputType('FiscalReceiptInput', { description: "A Russian cash receipt's fiscal data, as printed under its QR code or typed by hand" })
export class FiscalReceiptInput {
  @Field(() => Date, { description: 'Purchase time (t), UTC' }) purchasedAt!: Date;

  @Field(() => String, { description: 'The receipt total (s) in minor units (kopecks), as a decimal string' })
  @WholeNumber('Enter the receipt total in minor units')
  totalMinor!: string;

  @Field(() => String, { description: 'Fiscal drive number (fn): 16 digits' })
  @PatternText(FIELD_LIMITS.fiscalDrive, /^\d{16}$/, 'The fiscal drive number (ФН) is 16 digits')
  fn!: string;

  @Field(() => String, { description: 'Fiscal document number (i): 1 to 10 digits' })
  @PatternText(FIELD_LIMITS.fiscalNumber, /^\d{1,10}$/, 'The fiscal document number (ФД) is 1 to 10 digits')
  i!: string;

  @Field(() => String, { description: 'Fiscal sign (fp): 1 to 10 digits' })
  @PatternText(FIELD_LIMITS.fiscalNumber, /^\d{1,10}$/, 'The fiscal sign (ФП) is 1 to 10 digits')
  fp!: string;

  @Field(() => Int, {
    description: 'Operation type (n): 1 sale, 2 refund of a sale, 3 expense, 4 refund of an expense; only 1 is accepted',
  })
  @Min(1)
  @Max(4, { message: 'The operation type (n) is 1 to 4' })
  operationType!: number;
}

@InputType('SaleReceiptInput', {
  description: 'The receipt of a sale: exactly one of the QR text, the fiscal fields, or the receipt number with its date',
})
export class SaleReceiptInput {
  @Field(() => String, { nullable: true, description: "The text of the receipt's fiscal QR code (t=…&s=…&fn=…&i=…&fp=…&n=…)" })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.fiscalQrText)
  qrText?: string | null;

  @Field(() => FiscalReceiptInput, { nullable: true, description: 'The fiscal fields typed by hand' })
  @IsOptional()
  @ValidateNested()
  fiscal?: FiscalReceiptInput | null;

  @Field(() => String, { nullable: true, description: 'A receipt without a fiscal QR: its number as printed (with date)' })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.receiptNumber)
  number?: string | null;

  @Field(() => Date, { nullable: true, description: 'With number: the purchase date (UTC; the time of day is ignored)' })
  date?: Date | null;
}

@InputType('SaleLineInput', { description: 'One line of a sale: an eligible product of the promotion, units and unit price' })
export class SaleLineInput {
  @Field(() => ID, { description: 'The product sold (an approved eligible product of the promotion)' }) productId!: string;

  @Field(() => Int, { description: `Units sold, 1 to ${MAX_LINE_QUANTITY}` })
  @Min(1, { message: 'Quantity must be at least 1' })
  @Max(MAX_LINE_QUANTITY, { message: `At most ${MAX_LINE_QUANTITY} units per line` })
  quantity!: number;

  @Field(() => String, { description: 'The price of one unit in minor units, as a decimal string' })
  @WholeNumber('Enter the unit price in minor units')
  unitPriceMinor!: string;
}

@InputType('SaleRewardPreviewInput', { description: 'A sale to preview the reward of, before sending it' })
export class SaleRewardPreviewInput {
  @Field(() => ID, { description: 'The promotion (one the caller is an active member of)' }) promotionId!: string;

  @Field(() => [SaleLineInput], { description: `The sale's lines, 1 to 50` })
  @ArrayMinSize(1, { message: 'Add at least one product line' })
  @BoundedList('saleLines')
  @ValidateNested({ each: true })
  lines!: SaleLineInput[];
}

@InputType('SubmitSaleInput', { description: 'A sale to log by receipt' })
export class SubmitSaleInput extends SaleRewardPreviewInput {
  @Field(() => SaleReceiptInput, { description: 'The receipt' })
  @ValidateNested()
  receipt!: SaleReceiptInput;

  @Field(() => [ID], {
    nullable: true,
    description: "The sale's photos (the caller's own uploads, not attached to a sale yet), at most 10",
  })
  @IsOptional()
  @BoundedList('salePhotos')
  photoIds?: string[] | null;
}

@InputType('SaleDecisionReasonInput', { description: 'Why sales are rejected: a code from the list and free text' })
export class SaleDecisionReasonInput {
  @Field(() => SaleRejectionCode, { description: 'The reason from the list' }) code!: SaleRejectionCode;

  @Field(() => String, { defaultValue: '', description: 'Free text shown to the participant beside the reason' })
  @MultiLineText(FIELD_LIMITS.saleDecisionText, { min: 0 })
  text: string = '';
}

@InputType('SaleFilter', { description: 'Narrows a list of sales; every field is optional and they combine with AND' })
export class SaleFilter {
  @Field(() => ID, { nullable: true, description: 'Only sales in this promotion' }) promotionId?: string | null;
  @Field(() => ID, { nullable: true, description: "Only sales in this brand's promotions (admins)" }) brandId?: string | null;
  @Field(() => ID, { nullable: true, description: "Only sales of this partner company's participants (admins)" }) partnerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only sales of this participant' }) participantId?: string | null;
  @Field(() => SaleStatus, { nullable: true, description: 'Only sales in this status' }) status?: SaleStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Only sales with (true) or without (false) risk flags (admins)' }) flagged?:
    boolean | null;
  @Field(() => Date, { nullable: true, description: 'Only sales submitted at or after this time (UTC)' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Only sales submitted before this time (UTC)' }) to?: Date | null;
}

@InputType('ApproveSalesInput', { description: 'Pending sales to approve' })
export class ApproveSalesInput {
  @Field(() => [ID], { description: 'The sales to approve, 1 to 500' })
  @ArrayMinSize(1, { message: 'Choose at least one sale' })
  @BoundedList('bulkAction', { message: 'Decide on at most 500 sales at once' })
  saleIds!: string[];
}

@InputType('RejectSalesInput', { description: 'Pending sales to reject, with the reason' })
export class RejectSalesInput extends ApproveSalesInput {
  @Field(() => SaleDecisionReasonInput, { description: 'Why (the participant sees it)' })
  @ValidateNested()
  reason!: SaleDecisionReasonInput;
}
