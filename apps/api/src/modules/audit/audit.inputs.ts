import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SearchText } from '../../shared/validators';

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @SearchText()
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @SearchText()
  entityId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @SearchText()
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Events of one aggregate, e.g. a promotion with its options and members' })
  @IsOptional()
  @SearchText()
  scopeId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
