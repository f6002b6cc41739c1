import { ArrayMinSize, IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BoundedList, SearchText } from '../../shared/validators';
import { MemberStage } from './promotion.enums';
import { WholeNumber } from './promotions.inputs';

@InputType()
export class MemberFilter {
  @Field(() => MemberStage, { nullable: true })
  @IsOptional()
  stage?: MemberStage | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: "Matches the participant's name or city; for admins and partners also the email (a brand never searches by what it cannot see)" })
  @IsOptional()
  @SearchText()
  search?: string | null;
}

@InputType()
export class AddMembersInput {
  @Field(() => ID) promotionId!: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Choose at least one participant' })
  @BoundedList('bulkAction', { message: 'Add at most 500 participants at once' })
  participantIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Defaults to the promotion’s default option' })
  @IsOptional()
  payoutOptionId?: string | null;
}

/** What to change on every selected member; a field left out stays as it is, null clears it. */
@InputType()
export class MemberChangesInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  payoutOptionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Replaces the option value for these members; null removes the override' })
  @IsOptional()
  @WholeNumber()
  overrideValue?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean | null;

  @Field(() => Date, { nullable: true }) validFrom?: Date | null;
  @Field(() => Date, { nullable: true }) validTo?: Date | null;
}

@InputType()
export class UpdateMembersInput {
  @Field(() => ID) promotionId!: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Choose at least one member' })
  @BoundedList('bulkAction', { message: 'Change at most 500 members at once' })
  memberIds!: string[];

  @Field(() => MemberChangesInput)
  @ValidateNested()
  changes!: MemberChangesInput;
}

@InputType()
export class MoveMemberStageInput {
  @Field(() => ID) memberId!: string;
  @Field(() => MemberStage) stage!: MemberStage;
}

@InputType()
export class RewardPreviewLineInput {
  @Field(() => ID) productId!: string;

  @Field(() => Int)
  @Min(1, { message: 'Quantity must be at least 1' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: "Minor units per unit; defaults to the product's list price" })
  @IsOptional()
  @WholeNumber('Enter a whole number of minor units')
  unitPriceMinor?: string | null;
}

@InputType()
export class RewardPreviewInput {
  @Field(() => ID) promotionId!: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the member's option, else the promotion's default" })
  @IsOptional()
  payoutOptionId?: string | null;

  @Field(() => ID, { nullable: true, description: "Preview for this member: their option and override" })
  @IsOptional()
  memberId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WholeNumber('Enter a whole number that is not negative')
  overrideValue?: string | null;

  @Field(() => [RewardPreviewLineInput])
  @ArrayMinSize(1, { message: 'Add at least one product line' })
  @BoundedList('previewLines')
  @ValidateNested({ each: true })
  lines!: RewardPreviewLineInput[];
}
