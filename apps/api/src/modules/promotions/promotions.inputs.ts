import { ArrayMinSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../shared/enums';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { WHOLE_NUMBER } from '../../shared/money';
import { BoundedList, Currency, MultiLineText, PatternText, SearchText, SingleLineText } from '../../shared/validators';
import { PayoutKind, PromotionAudience, PromotionStatus, TrackingMode } from './promotion.enums';

export { WHOLE_NUMBER };
export const WHOLE_NUMBER_MESSAGE = 'Enter a whole number that is not negative (at most 15 digits)';
/** A whole number of minor units or basis points, as a decimal string. */
export const WholeNumber = (message = WHOLE_NUMBER_MESSAGE) => PatternText(FIELD_LIMITS.wholeNumber, WHOLE_NUMBER, message);

@InputType({ description: 'A PER_UNIT value for one product' })
export class PayoutProductValueInput {
  @Field(() => ID, { description: 'The product (an eligible product of the promotion)' }) productId!: string;

  @Field(() => String, { description: 'Minor units earned per unit of this product, as a decimal string' })
  @WholeNumber()
  value!: string;
}

@InputType({ description: 'One payout option of a promotion' })
export class PayoutOptionInput {
  @Field(() => ID, { nullable: true, description: 'An existing option to update; omit to add a new one' })
  @IsOptional()
  id?: string | null;

  @Field(() => String, { description: 'Display name' })
  @SingleLineText(FIELD_LIMITS.payoutOptionName, {
    min: 1,
    message: `Name the payout option (up to ${FIELD_LIMITS.payoutOptionName} characters)`,
  })
  name!: string;

  @Field(() => PayoutKind, { description: 'How the reward is computed, and so the unit of value' }) kind!: PayoutKind;

  @Field(() => String, { description: 'Minor units, or basis points for PERCENT_OF_SALE (10000 = 100%)' })
  @WholeNumber()
  value!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether new members get this option; exactly one option is the default' })
  isDefault: boolean = false;

  @Field(() => [PayoutProductValueInput], { defaultValue: [], description: 'PER_UNIT only: per-product values' })
  @ValidateNested({ each: true })
  @BoundedList('productValues')
  productValues!: PayoutProductValueInput[];
}

/** The editable fields, shared by create and update; on update every field is optional. */
@InputType({ description: 'The editable fields of a promotion, shared by create and update' })
export class PromotionFieldsInput {
  @Field(() => String, { nullable: true, description: 'Display name' })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.promotionName, { min: 2, message: `Name the promotion (2 to ${FIELD_LIMITS.promotionName} characters)` })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What the promotion is about, shown to participants' })
  @IsOptional()
  @MultiLineText(FIELD_LIMITS.promotionDescription)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Rules and guidelines shown to participants' })
  @IsOptional()
  @MultiLineText(FIELD_LIMITS.promotionRules)
  rules?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the promotion starts (UTC)' }) startsAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the promotion ends (UTC)' }) endsAt?: Date | null;

  @Field(() => PromotionAudience, {
    nullable: true,
    description: "Which partner companies' participants may take part; defaults to ALL_PARTNERS on create",
  })
  audience?: PromotionAudience | null;

  @Field(() => [ID], { nullable: true, description: 'With audience CHOSEN_PARTNERS' })
  @IsOptional()
  @BoundedList('pickedIds')
  audiencePartnerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Eligible products (your own); only approved ones can go live' })
  @IsOptional()
  @BoundedList('pickedIds')
  productIds?: string[] | null;

  @Field(() => [TrackingMode], { nullable: true, description: 'How sales are attributed: receipt claims, tracking links, promo codes' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Choose at least one way to track sales' })
  @BoundedList('enumFilter')
  trackingModes?: TrackingMode[] | null;

  @Field(() => String, { nullable: true, description: 'Minor units; null for no cap' })
  @IsOptional()
  @WholeNumber()
  budgetCapMinor?: string | null;

  @Field(() => String, { nullable: true, description: 'Minor units; null for no cap' })
  @IsOptional()
  @WholeNumber()
  perParticipantCapMinor?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days an approved sale is held before its reward can be withdrawn' })
  @IsOptional()
  @Min(0)
  @Max(365, { message: 'A holding period is at most 365 days' })
  holdingDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days after the purchase (UTC) during which a receipt may be claimed, 1 to 365; 30 when left out on create',
  })
  @IsOptional()
  @Min(1, { message: 'A claim window is at least 1 day' })
  @Max(365, { message: 'A claim window is at most 365 days' })
  claimWindowDays?: number | null;

  @Field(() => [PayoutOptionInput], { nullable: true, description: 'The full set: options left out are removed' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMinSize(1, { message: 'Add at least one payout option' })
  @BoundedList('payoutOptions')
  payoutOptions?: PayoutOptionInput[] | null;
}

@InputType({ description: "A new promotion of the caller's brand" })
export class CreatePromotionInput extends PromotionFieldsInput {
  @Field(() => String, {
    defaultValue: 'RUB',
    description: 'ISO 4217 code of a currency in use (the same rule as MoneyInput and the CSV import)',
  })
  @Currency()
  currency: string = 'RUB';
}

@InputType({ description: 'Changes to a promotion; fields left out stay as they are' })
export class UpdatePromotionInput extends PromotionFieldsInput {
  @Field(() => ID, { description: 'The promotion to change' }) id!: string;
}

@InputType({ description: 'Narrows the list of promotions' })
export class PromotionFilter {
  @Field(() => [PromotionStatus], { nullable: true, description: 'Any of these statuses (at most 20)' })
  @IsOptional()
  @BoundedList('enumFilter')
  statuses?: PromotionStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Matches the name' })
  @IsOptional()
  @SearchText()
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only promotions of this brand (admins)' })
  @IsOptional()
  brandId?: string | null;
}

export enum PromotionSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  NAME = 'NAME',
  STARTS_AT = 'STARTS_AT',
  ENDS_AT = 'ENDS_AT',
  STATUS = 'STATUS',
}
registerEnumType(PromotionSortField, {
  name: 'PromotionSortField',
  description: 'A column a promotion list can be sorted by',
  valuesConfig: {
    CREATED_AT: { description: 'Creation time' },
    ENDS_AT: { description: 'End time' },
    NAME: { description: 'Display name' },
    STARTS_AT: { description: 'Start time' },
    STATUS: { description: 'Status' },
    UPDATED_AT: { description: 'Last change time' },
  },
});

@InputType({ description: 'The order of a promotion list' })
export class PromotionSort {
  @Field(() => PromotionSortField, { description: 'The column to sort by' }) field!: PromotionSortField;
  @Field(() => SortDirection, { description: 'Ascending or descending' }) direction!: SortDirection;
}
