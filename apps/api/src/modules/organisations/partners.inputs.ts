import { IsOptional } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { ModerationStatus, SortDirection } from '../../shared/enums';
import { SearchText } from '../../shared/validators';

export enum PartnerSortField {
  CREATED_AT = 'CREATED_AT',
  LEGAL_NAME = 'LEGAL_NAME',
  STATUS = 'STATUS',
}
registerEnumType(PartnerSortField, { name: 'PartnerSortField' });

@InputType()
export class PartnerFilter {
  @Field(() => ModerationStatus, { nullable: true })
  @IsOptional()
  status?: ModerationStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches legal name, tax id or contact email' })
  @IsOptional()
  @SearchText()
  search?: string | null;
}

@InputType()
export class PartnerSort {
  @Field(() => PartnerSortField) field!: PartnerSortField;
  @Field(() => SortDirection) direction!: SortDirection;
}
