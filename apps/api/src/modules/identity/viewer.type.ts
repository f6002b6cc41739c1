import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '@motiva/schema';
import { CallerOwned } from '../../auth/policy';
import { Locale, ModerationStatus } from '../../shared/enums';

/** The signed-in user as they see themselves: enough for a portal to route and to show status. */
@ObjectType('Viewer', { description: 'The signed-in user, with what their role lets them do' })
@CallerOwned()
export class ViewerType {
  @Field(() => ID, { description: "The user's id" }) id!: string;
  @Field(() => String, { description: 'The email the user signs in with' }) email!: string;
  @Field(() => String, { description: 'Full name' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Phone with country code; null when not given' }) phone!: string | null;
  @Field(() => Locale, { description: 'The language the user reads the portals in' }) locale!: Locale;
  @Field(() => Role, { description: "The user's role" }) role!: Role;
  @Field(() => ModerationStatus, { description: "Moderation status of the user's registration (or organisation)" })
  status!: ModerationStatus;
  @Field(() => String, { nullable: true, description: "Why the user's registration was rejected; null unless rejected" }) rejectionReason!:
    string | null;
  @Field(() => [String], { description: "The permissions the user's role grants (the Permission enum of packages/schema)" })
  permissions!: string[];
  @Field(() => Date, {
    nullable: true,
    description: 'When the user consented to personal-data processing (at registration); null for invited users',
  })
  personalDataConsentAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The version of the personal-data policy that consent was given to' })
  personalDataPolicyVersion!: string | null;
  brandId!: string | null;
  partnerId!: string | null;
  participantId!: string | null;
}

@ObjectType('AuthPayload', { description: 'A new session: the bearer token and the signed-in user' })
@CallerOwned()
export class AuthPayload {
  @Field(() => ViewerType, { description: 'The signed-in user' }) viewer!: ViewerType;
  /** For API clients that send "Authorization: Bearer"; browsers use the httpOnly cookie instead. */
  @Field(() => String, {
    description: 'The session token for API clients: send it as `Authorization: Bearer <token>` (browsers get an httpOnly cookie instead)',
  })
  token!: string;
}
