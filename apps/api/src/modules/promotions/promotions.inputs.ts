import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../shared/enums';
import { PayoutKind, PromotionAudience, PromotionStatus, TrackingMode } from './promotion.enums';

/** Whole non-negative integers (minor units or basis points) travel as decimal strings: no floats, no 2^53 limit. */
export const WHOLE_NUMBER = /^\d{1,15}$/;
const WHOLE_NUMBER_MESSAGE = 'Enter a whole number that is not negative (at most 15 digits)';

@InputType()
export class PayoutProductValueInput {
  @Field(() => ID) productId!: string;

  @Field(() => String)
  @Matches(WHOLE_NUMBER, { message: WHOLE_NUMBER_MESSAGE })
  value!: string;
}

@InputType()
export class PayoutOptionInput {
  @Field(() => ID, { nullable: true, description: 'An existing option to update; omit to add a new one' })
  @IsOptional()
  id?: string | null;

  @Field(() => String)
  @Length(1, 100, { message: 'Name the payout option (up to 100 characters)' })
  name!: string;

  @Field(() => PayoutKind) kind!: PayoutKind;

  @Field(() => String, { description: 'Minor units, or basis points for PERCENT_OF_SALE (10000 = 100%)' })
  @Matches(WHOLE_NUMBER, { message: WHOLE_NUMBER_MESSAGE })
  value!: string;

  @Field(() => Boolean, { defaultValue: false })
  isDefault: boolean = false;

  @Field(() => [PayoutProductValueInput], { defaultValue: [], description: 'PER_UNIT only: per-product values' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(500)
  productValues!: PayoutProductValueInput[];
}

/** The editable fields, shared by create and update; on update every field is optional. */
@InputType()
export class PromotionFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200, { message: 'Name the promotion (2 to 200 characters)' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20_000)
  rules?: string | null;

  @Field(() => Date, { nullable: true }) startsAt?: Date | null;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;

  @Field(() => PromotionAudience, { nullable: true }) audience?: PromotionAudience | null;

  @Field(() => [ID], { nullable: true, description: 'With audience CHOSEN_PARTNERS' })
  @IsOptional()
  @ArrayMaxSize(1000)
  audiencePartnerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Eligible products (your own); only approved ones can go live' })
  @IsOptional()
  @ArrayMaxSize(1000)
  productIds?: string[] | null;

  @Field(() => [TrackingMode], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Choose at least one way to track sales' })
  trackingModes?: TrackingMode[] | null;

  @Field(() => String, { nullable: true, description: 'Minor units; null for no cap' })
  @IsOptional()
  @Matches(WHOLE_NUMBER, { message: WHOLE_NUMBER_MESSAGE })
  budgetCapMinor?: string | null;

  @Field(() => String, { nullable: true, description: 'Minor units; null for no cap' })
  @IsOptional()
  @Matches(WHOLE_NUMBER, { message: WHOLE_NUMBER_MESSAGE })
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
  @ArrayMaxSize(20)
  payoutOptions?: PayoutOptionInput[] | null;
}

@InputType()
export class CreatePromotionInput extends PromotionFieldsInput {
  @Field(() => String, { defaultValue: 'RUB' })
  @Matches(/^[A-Z]{3}$/, { message: 'Use a 3-letter ISO currency code such as RUB' })
  currency: string = 'RUB';
}

@InputType()
export class UpdatePromotionInput extends PromotionFieldsInput {
  @Field(() => ID) id!: string;
}

@InputType()
export class PromotionFilter {
  @Field(() => [PromotionStatus], { nullable: true })
  @IsOptional()
  statuses?: PromotionStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Matches the name' })
  @IsOptional()
  @MaxLength(100)
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
