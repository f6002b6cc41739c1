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
registerEnumType(ParticipantSortField, {
  name: 'ParticipantSortField',
  description: 'A column a participant list can be sorted by',
  valuesConfig: {
    CITY: { description: 'City' },
    CREATED_AT: { description: 'Registration time' },
    NAME: { description: 'Full name' },
    STATUS: { description: 'Moderation status' },
  },
});

@InputType({ description: 'Narrows the list of participants' })
export class ParticipantFilter {
  @Field(() => ModerationStatus, { nullable: true, description: 'Only participants with this moderation status' })
  @IsOptional()
  status?: ModerationStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches name, email, phone or city' })
  @IsOptional()
  @SearchText()
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only participants of this partner company' })
  @IsOptional()
  partnerId?: string | null;
}

@InputType({ description: 'The order of a participant list' })
export class ParticipantSort {
  @Field(() => ParticipantSortField, { description: 'The column to sort by' }) field!: ParticipantSortField;
  @Field(() => SortDirection, { description: 'Ascending or descending' }) direction!: SortDirection;
}
