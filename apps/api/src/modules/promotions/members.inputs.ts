import { ArrayMinSize, IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BoundedList, SearchText } from '../../shared/validators';
import { MemberStage } from './promotion.enums';
import { WholeNumber } from './promotions.inputs';

@InputType({ description: "Narrows a promotion's member list" })
export class MemberFilter {
  @Field(() => MemberStage, { nullable: true, description: 'Only members at this stage' })
  @IsOptional()
  stage?: MemberStage | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) members' })
  @IsOptional()
  active?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Matches the participant's name or city; for admins and partners also the email (a brand never searches by what it cannot see)",
  })
  @IsOptional()
  @SearchText()
  search?: string | null;
}

@InputType({ description: 'Adds participants to a promotion as INVITED members' })
export class AddMembersInput {
  @Field(() => ID, { description: 'The promotion to add them to' }) promotionId!: string;

  @Field(() => [ID], { description: "The participants to add (approved participants in the promotion's audience)" })
  @ArrayMinSize(1, { message: 'Choose at least one participant' })
  @BoundedList('bulkAction', { message: 'Add at most 500 participants at once' })
  participantIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Defaults to the promotion’s default option' })
  @IsOptional()
  payoutOptionId?: string | null;
}

/** What to change on every selected member; a field left out stays as it is, null clears it. */
@InputType({ description: 'One change applied to every chosen member; fields left out stay as they are' })
export class MemberChangesInput {
  @Field(() => ID, { nullable: true, description: 'Moves the members to this payout option of the promotion' })
  @IsOptional()
  payoutOptionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Replaces the option value for these members; null removes the override' })
  @IsOptional()
  @WholeNumber()
  overrideValue?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Activates or deactivates the members (inactive members earn nothing)' })
  @IsOptional()
  active?: boolean | null;

  @Field(() => Date, { nullable: true, description: "The members' terms apply from this time (UTC); null for no start limit" })
  validFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: "The members' terms apply until this time (UTC); null for no end limit" })
  validTo?: Date | null;
}

@InputType({ description: 'One change for one or many members of a promotion' })
export class UpdateMembersInput {
  @Field(() => ID, { description: 'The promotion the members belong to' }) promotionId!: string;

  @Field(() => [ID], { description: 'The members to change (of this promotion)' })
  @ArrayMinSize(1, { message: 'Choose at least one member' })
  @BoundedList('bulkAction', { message: 'Change at most 500 members at once' })
  memberIds!: string[];

  @Field(() => MemberChangesInput, { description: 'What to change' })
  @ValidateNested()
  changes!: MemberChangesInput;
}

@InputType({ description: 'Moves one member to another board stage' })
export class MoveMemberStageInput {
  @Field(() => ID, { description: 'The member to move' }) memberId!: string;
  @Field(() => MemberStage, { description: 'The stage to move to: the next or previous one on the board' }) stage!: MemberStage;
}

@InputType({ description: 'One line of a hypothetical sale' })
export class RewardPreviewLineInput {
  @Field(() => ID, { description: 'The product sold' }) productId!: string;

  @Field(() => Int, { description: 'Units sold, 1 or more' })
  @Min(1, { message: 'Quantity must be at least 1' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: "Minor units per unit; defaults to the product's list price" })
  @IsOptional()
  @WholeNumber('Enter a whole number of minor units')
  unitPriceMinor?: string | null;
}

@InputType({ description: 'A hypothetical sale to preview the reward of' })
export class RewardPreviewInput {
  @Field(() => ID, { description: 'The promotion' }) promotionId!: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the member's option, else the promotion's default" })
  @IsOptional()
  payoutOptionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Preview for this member: their option and override' })
  @IsOptional()
  memberId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Preview with this value instead of the option's (minor units, or basis points for PERCENT_OF_SALE, as a decimal string)",
  })
  @IsOptional()
  @WholeNumber('Enter a whole number that is not negative')
  overrideValue?: string | null;

  @Field(() => [RewardPreviewLineInput], { description: "The sale's lines" })
  @ArrayMinSize(1, { message: 'Add at least one product line' })
  @BoundedList('previewLines')
  @ValidateNested({ each: true })
  lines!: RewardPreviewLineInput[];
}
