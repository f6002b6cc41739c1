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
@ObjectType('ModerationDecision')
@Entity({ tableName: 'moderation_decision' })
@Index({ properties: ['subjectType', 'subjectId', 'createdAt'] })
export class ModerationDecision extends BaseEntity {
  @Enum({ items: () => ModerationSubject, nativeEnumName: 'moderation_subject' })
  subjectType!: ModerationSubject;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => ModerationStatus)
  @Enum({ items: () => ModerationStatus, nativeEnumName: 'moderation_status' })
  decision!: ModerationStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @ManyToOne(() => User)
  moderator!: User;
}
