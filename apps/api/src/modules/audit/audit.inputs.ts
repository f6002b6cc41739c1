import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true })
  @MaxLength(100)
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  entityId?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Events of one aggregate, e.g. a promotion with its options and members' })
  @MaxLength(100)
  scopeId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
