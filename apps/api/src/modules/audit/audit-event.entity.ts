import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { AuditAction, AuditEntityType } from '@motiva/schema';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { User } from '../identity/user.entity';

/** Who changed what and when, with before/after; backs every "update history" view. Append-only. */
@ObjectType('AuditEvent', { description: 'One recorded change: who did what to which record, with the values before and after' })
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['entityType', 'entityId', 'createdAt'] })
@Index({ properties: ['createdAt'] })
@Index({ properties: ['scopeId', 'createdAt'] })
export class AuditEvent extends BaseEntity {
  @ManyToOne(() => User, { nullable: true })
  actor?: User | null;

  @Field(() => String, {
    description: 'What happened, as `<subject>.<verb>` (e.g. product_import.completed); the list is AUDIT_ACTIONS in packages/schema',
  })
  @Property({ type: 'string' })
  action!: AuditAction;

  @Field(() => String, {
    description:
      'The kind of record the event is about (Participant, Partner, Brand, User, Product, ProductImport, Promotion, PayoutOption, PromotionMember)',
  })
  @Property({ type: 'string' })
  entityType!: AuditEntityType;

  @Field(() => String, { description: 'The id of the record the event is about' })
  @Property({ type: 'string' })
  entityId!: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The recorded values before the change (JSON object); null when there are none, as on creation',
  })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The recorded values after the change (JSON object); null when there are none',
  })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  /** The aggregate an event belongs to (a promotion for its options and members), so one history shows them all. */
  @Field(() => String, {
    nullable: true,
    description: 'The id of the aggregate the record belongs to (e.g. the promotion of a payout option or member); null when it is its own',
  })
  @Property({ type: 'uuid', nullable: true })
  scopeId?: string | null;

  @Property({ type: 'string', nullable: true })
  requestId?: string | null;
}
