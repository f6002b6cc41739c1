import { IsOptional } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ModerationStatus, SortDirection } from '../../shared/enums';
import { SearchText } from '../../shared/validators';

export enum ParticipantSortField {
  CREATED_AT = 'CREATED_AT',
  NAME = 'NAME',
  STATUS = 'STATUS',
  CITY = 'CITY',
}
registerEnumType(ParticipantSortField, { name: 'ParticipantSortField' });

@InputType()
export class ParticipantFilter {
  @Field(() => ModerationStatus, { nullable: true })
  @IsOptional()
  status?: ModerationStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches name, email, phone or city' })
  @IsOptional()
  @SearchText()
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  partnerId?: string | null;
}

@InputType()
export class ParticipantSort {
  @Field(() => ParticipantSortField) field!: ParticipantSortField;
  @Field(() => SortDirection) direction!: SortDirection;
}
