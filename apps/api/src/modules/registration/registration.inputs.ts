import { IsBoolean, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Locale } from '../../shared/enums';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { Email, Password, PatternText, PersonName, Phone, SingleLineText } from '../../shared/validators';

@InputType({ description: 'What every registration asks for' })
class AccountFields {
  @Field(() => String, { description: 'The email to sign in with' })
  @Email()
  email!: string;

  @Field(() => String, { description: 'The password to sign in with, 10 to 256 characters' })
  @Password(10, 'Use at least 10 characters')
  password!: string;

  @Field(() => String, { description: 'With country code; 10 to 15 digits, spaces, brackets and dashes allowed' })
  @Phone()
  phone!: string;

  @Field(() => Locale, { nullable: true, description: 'The language of the portals and messages' })
  @IsOptional()
  locale?: Locale | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The registrant consents to personal-data processing under the policy the portals show (PERSONAL_DATA_POLICY_VERSION); registration is refused without it',
  })
  @IsOptional()
  @IsBoolean()
  personalDataConsent?: boolean | null;
}

@InputType({ description: "A participant's self-registration; the account waits for moderation" })
export class RegisterParticipantInput extends AccountFields {
  @Field(() => String, { description: 'Full name' })
  @PersonName('Enter your full name')
  name!: string;

  @Field(() => String, { description: 'City the participant works in' })
  @SingleLineText(FIELD_LIMITS.city, { min: 2, message: 'Enter your city' })
  city!: string;

  @Field(() => String, { nullable: true, description: "A partner's invite code; empty for the platform's own staff" })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.inviteCode)
  inviteCode?: string | null;
}

@InputType({ description: "A partner company's self-registration; the company waits for moderation" })
export class RegisterPartnerInput extends AccountFields {
  @Field(() => String, { description: 'Full name of the contact person (the registrant)' })
  @PersonName('Enter the contact person')
  contactName!: string;

  @Field(() => String, { description: 'Full legal name' })
  @SingleLineText(FIELD_LIMITS.legalName, { min: 2, message: `Enter the legal name (2 to ${FIELD_LIMITS.legalName} characters)` })
  legalName!: string;

  @Field(() => String, { description: 'Tax id (INN), 10 or 12 digits' })
  @PatternText(FIELD_LIMITS.taxId, /^\d{10}$|^\d{12}$/, 'INN has 10 or 12 digits')
  taxId!: string;

  @Field(() => String, { nullable: true, description: 'Tax registration reason code (KPP), 9 digits' })
  @IsOptional()
  @PatternText(FIELD_LIMITS.kpp, /^\d{9}$/, 'KPP has 9 digits')
  kpp?: string | null;

  @Field(() => String, { nullable: true, description: 'Primary state registration number (OGRN), 13 or 15 digits' })
  @IsOptional()
  @PatternText(FIELD_LIMITS.ogrn, /^\d{13}$|^\d{15}$/, 'OGRN has 13 or 15 digits')
  ogrn?: string | null;

  @Field(() => String, { description: 'Legal address' })
  @SingleLineText(FIELD_LIMITS.address, { min: 5, message: `Enter the legal address (5 to ${FIELD_LIMITS.address} characters)` })
  address!: string;
}
