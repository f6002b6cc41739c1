import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SearchText } from '../../shared/validators';

@InputType({ description: 'Narrows the audit log; every given condition must hold' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'Only events about this kind of record, e.g. Promotion' })
  @IsOptional()
  @SearchText()
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events about the record with this id' })
  @IsOptional()
  @SearchText()
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events with this action, e.g. promotion.submitted' })
  @IsOptional()
  @SearchText()
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Events of one aggregate, e.g. a promotion with its options and members' })
  @IsOptional()
  @SearchText()
  scopeId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only events at or after this time (UTC)' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only events before this time (UTC)' })
  to?: Date | null;
}
