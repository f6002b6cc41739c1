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

@InputType()
export class PayoutProductValueInput {
  @Field(() => ID) productId!: string;

  @Field(() => String)
  @WholeNumber()
  value!: string;
}

@InputType()
export class PayoutOptionInput {
  @Field(() => ID, { nullable: true, description: 'An existing option to update; omit to add a new one' })
  @IsOptional()
  id?: string | null;

  @Field(() => String)
  @SingleLineText(FIELD_LIMITS.payoutOptionName, { min: 1, message: `Name the payout option (up to ${FIELD_LIMITS.payoutOptionName} characters)` })
  name!: string;

  @Field(() => PayoutKind) kind!: PayoutKind;

  @Field(() => String, { description: 'Minor units, or basis points for PERCENT_OF_SALE (10000 = 100%)' })
  @WholeNumber()
  value!: string;

  @Field(() => Boolean, { defaultValue: false })
  isDefault: boolean = false;

  @Field(() => [PayoutProductValueInput], { defaultValue: [], description: 'PER_UNIT only: per-product values' })
  @ValidateNested({ each: true })
  @BoundedList('productValues')
  productValues!: PayoutProductValueInput[];
}

/** The editable fields, shared by create and update; on update every field is optional. */
@InputType()
export class PromotionFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.promotionName, { min: 2, message: `Name the promotion (2 to ${FIELD_LIMITS.promotionName} characters)` })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MultiLineText(FIELD_LIMITS.promotionDescription)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MultiLineText(FIELD_LIMITS.promotionRules)
  rules?: string | null;

  @Field(() => Date, { nullable: true }) startsAt?: Date | null;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;

  @Field(() => PromotionAudience, { nullable: true }) audience?: PromotionAudience | null;

  @Field(() => [ID], { nullable: true, description: 'With audience CHOSEN_PARTNERS' })
  @IsOptional()
  @BoundedList('pickedIds')
  audiencePartnerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Eligible products (your own); only approved ones can go live' })
  @IsOptional()
  @BoundedList('pickedIds')
  productIds?: string[] | null;

  @Field(() => [TrackingMode], { nullable: true })
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

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(365, { message: 'A holding period is at most 365 days' })
  holdingDays?: number | null;

  @Field(() => [PayoutOptionInput], { nullable: true, description: 'The full set: options left out are removed' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMinSize(1, { message: 'Add at least one payout option' })
  @BoundedList('payoutOptions')
  payoutOptions?: PayoutOptionInput[] | null;
}

@InputType()
export class CreatePromotionInput extends PromotionFieldsInput {
  @Field(() => String, { defaultValue: 'RUB', description: 'ISO 4217 code of a currency in use (the same rule as MoneyInput and the CSV import)' })
  @Currency()
  currency: string = 'RUB';
}

@InputType()
export class UpdatePromotionInput extends PromotionFieldsInput {
  @Field(() => ID) id!: string;
}

@InputType()
export class PromotionFilter {
  @Field(() => [PromotionStatus], { nullable: true, description: 'Any of these statuses (at most 20)' })
  @IsOptional()
  @BoundedList('enumFilter')
  statuses?: PromotionStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Matches the name' })
  @IsOptional()
  @SearchText()
  search?: string | null;

  @Field(() => ID, { nullable: true })
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
registerEnumType(PromotionSortField, { name: 'PromotionSortField' });

@InputType()
export class PromotionSort {
  @Field(() => PromotionSortField) field!: PromotionSortField;
  @Field(() => SortDirection) direction!: SortDirection;
}
