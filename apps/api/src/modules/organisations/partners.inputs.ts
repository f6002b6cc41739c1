import { IsOptional } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { ModerationStatus, SortDirection } from '../../shared/enums';
import { SearchText } from '../../shared/validators';

export enum PartnerSortField {
  CREATED_AT = 'CREATED_AT',
  LEGAL_NAME = 'LEGAL_NAME',
  STATUS = 'STATUS',
}
registerEnumType(PartnerSortField, {
  name: 'PartnerSortField',
  description: 'A column a partner list can be sorted by',
  valuesConfig: {
    CREATED_AT: { description: 'Registration time' },
    LEGAL_NAME: { description: 'Legal name' },
    STATUS: { description: 'Moderation status' },
  },
});

@InputType({ description: 'Narrows the list of partner companies' })
export class PartnerFilter {
  @Field(() => ModerationStatus, { nullable: true, description: 'Only partners with this moderation status' })
  @IsOptional()
  status?: ModerationStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches legal name, tax id or contact email' })
  @IsOptional()
  @SearchText()
  search?: string | null;
}

@InputType({ description: 'The order of a partner list' })
export class PartnerSort {
  @Field(() => PartnerSortField, { description: 'The column to sort by' }) field!: PartnerSortField;
  @Field(() => SortDirection, { description: 'Ascending or descending' }) direction!: SortDirection;
}
