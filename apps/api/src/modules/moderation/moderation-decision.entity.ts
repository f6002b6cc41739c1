import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { ModerationStatus } from '../../shared/enums';
import { User } from '../identity/user.entity';

export enum ModerationSubject {
  PARTICIPANT = 'PARTICIPANT',
  PARTNER = 'PARTNER',
  PRODUCT = 'PRODUCT',
  PROMOTION = 'PROMOTION',
}

/** Every approve/reject is kept, so a subject's whole moderation history can be shown. */
@ObjectType('ModerationDecision', { description: 'One moderation decision on a record' })
@Entity({ tableName: 'moderation_decision' })
@Index({ properties: ['subjectType', 'subjectId', 'createdAt'] })
export class ModerationDecision extends BaseEntity {
  @Enum({ items: () => ModerationSubject, nativeEnumName: 'moderation_subject' })
  subjectType!: ModerationSubject;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => ModerationStatus, { description: 'The status the decision set' })
  @Enum({ items: () => ModerationStatus, nativeEnumName: 'moderation_status' })
  decision!: ModerationStatus;

  @Field(() => String, { nullable: true, description: 'Why it was rejected, shown to the user; null for approvals' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @ManyToOne(() => User)
  moderator!: User;
}
