import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '@motiva/schema';
import { CallerOwned } from '../../auth/policy';
import { Locale, ModerationStatus } from '../../shared/enums';

/** The signed-in user as they see themselves: enough for a portal to route and to show status. */
@ObjectType('Viewer')
@CallerOwned()
export class ViewerType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => Locale) locale!: Locale;
  @Field(() => Role) role!: Role;
  @Field(() => ModerationStatus) status!: ModerationStatus;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field(() => [String]) permissions!: string[];
  @Field(() => Date, { nullable: true, description: 'When the user consented to personal-data processing (at registration); null for invited users' })
  personalDataConsentAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The version of the personal-data policy that consent was given to' })
  personalDataPolicyVersion!: string | null;
  brandId!: string | null;
  partnerId!: string | null;
  participantId!: string | null;
}

@ObjectType('AuthPayload')
@CallerOwned()
export class AuthPayload {
  @Field(() => ViewerType) viewer!: ViewerType;
  /** For API clients that send "Authorization: Bearer"; browsers use the httpOnly cookie instead. */
  @Field(() => String) token!: string;
}
