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
}
