import { Entity, Enum, Index, ManyToOne, OneToOne, Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Permission } from '@motiva/schema';
import { participantsPartner, theParticipant } from '../../auth/owners';
import { Restricted, type ReadRule } from '../../auth/policy';
import { BaseEntity } from '../../shared/base.entity';
import { ModerationStatus } from '../../shared/enums';
import { User } from '../identity/user.entity';
import { Partner } from '../organisations/partner.entity';
import { FIELD_LIMITS } from '../../shared/field-limits';

/** A participant's contact details and rejection reason: admins, the participant, and the partner they sell for. */
export const PARTICIPANT_PRIVATE_READERS: ReadRule<Participant> = {
  anyOf: [Permission.ModerateParticipants],
  owners: [theParticipant, participantsPartner],
};
/** A participant's moderation history: admins and the partner they sell for. */
export const PARTICIPANT_MODERATION_READERS: ReadRule<Participant> = {
  anyOf: [Permission.ModerateParticipants],
  owners: [participantsPartner],
};

/** A participant's profile; no partner means the platform's own sales staff. */
@ObjectType('Participant', { description: 'A sales person, creator or affiliate who logs sales and earns rewards' })
@Entity({ tableName: 'participant' })
export class Participant extends BaseEntity {
  @OneToOne(() => User, { owner: true, unique: true })
  user!: User;

  @ManyToOne(() => Partner, { nullable: true, index: true })
  partner?: Partner | null;

  @Field(() => String, { description: 'City the participant works in' })
  @Property({ type: 'string', length: FIELD_LIMITS.city })
  city!: string;

  @Field(() => ModerationStatus, { description: "Moderation status of the participant's registration" })
  @Enum({ items: () => ModerationStatus, nativeEnumName: 'moderation_status' })
  @Index()
  status: ModerationStatus & Opt = ModerationStatus.PENDING;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last moderation rejected them; null to anyone but admins, the participant and their partner',
  })
  @Restricted(PARTICIPANT_PRIVATE_READERS)
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;
}
