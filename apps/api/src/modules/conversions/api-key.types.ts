import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CallerOwned } from '../../auth/policy';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { SingleLineText } from '../../shared/validators';

@ObjectType('ApiKey', { description: "One of a brand's keys for signed conversion postbacks; the secret is never shown again" })
export class ApiKey {
  @Field(() => ID, { description: 'The key' }) id!: string;
  @Field(() => String, { description: 'What the brand called it (e.g. the shop it is installed in)' }) name!: string;
  @Field(() => String, { description: 'The public part: 12 letters and digits, sent as the X-Motiva-Key header' }) prefix!: string;
  @Field(() => Date, { description: 'When it was created (UTC)' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When a signed request last used it (UTC, to the minute); null if never' })
  lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was revoked (UTC); requests with it are refused since' })
  revokedAt!: Date | null;
}

/** Only ever the answer to the caller's own createApiKey: the secret is theirs, shown to them once. */
@CallerOwned()
@ObjectType('CreatedApiKey', { description: 'A new API key and its full credential, shown this once' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The key as lists show it' }) apiKey!: ApiKey;
  @Field(() => String, {
    description: 'The full credential `mtv_<prefix>_<secret>`: the part after the second underscore signs requests. Shown once',
  })
  secret!: string;
}

@InputType('CreateApiKeyInput', { description: 'A new API key' })
export class CreateApiKeyInput {
  @Field(() => String, { description: `A name for it, 1 to ${FIELD_LIMITS.apiKeyName} characters` })
  @SingleLineText(FIELD_LIMITS.apiKeyName)
  name!: string;
}
