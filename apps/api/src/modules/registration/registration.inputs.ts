import { IsBoolean, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Locale } from '../../shared/enums';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { Email, Password, PatternText, PersonName, Phone, SingleLineText } from '../../shared/validators';

@InputType()
class AccountFields {
  @Field(() => String)
  @Email()
  email!: string;

  @Field(() => String)
  @Password(10, 'Use at least 10 characters')
  password!: string;

  @Field(() => String, { description: 'With country code; 10 to 15 digits, spaces, brackets and dashes allowed' })
  @Phone()
  phone!: string;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  locale?: Locale | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The registrant consents to personal-data processing under the policy the portals show (PERSONAL_DATA_POLICY_VERSION); registration is refused without it',
  })
  @IsOptional()
  @IsBoolean()
  personalDataConsent?: boolean | null;
}

@InputType()
export class RegisterParticipantInput extends AccountFields {
  @Field(() => String)
  @PersonName('Enter your full name')
  name!: string;

  @Field(() => String)
  @SingleLineText(FIELD_LIMITS.city, { min: 2, message: 'Enter your city' })
  city!: string;

  @Field(() => String, { nullable: true, description: "A partner's invite code; empty for the platform's own staff" })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.inviteCode)
  inviteCode?: string | null;
}

@InputType()
export class RegisterPartnerInput extends AccountFields {
  @Field(() => String)
  @PersonName('Enter the contact person')
  contactName!: string;

  @Field(() => String)
  @SingleLineText(FIELD_LIMITS.legalName, { min: 2, message: `Enter the legal name (2 to ${FIELD_LIMITS.legalName} characters)` })
  legalName!: string;

  @Field(() => String)
  @PatternText(FIELD_LIMITS.taxId, /^\d{10}$|^\d{12}$/, 'INN has 10 or 12 digits')
  taxId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PatternText(FIELD_LIMITS.kpp, /^\d{9}$/, 'KPP has 9 digits')
  kpp?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PatternText(FIELD_LIMITS.ogrn, /^\d{13}$|^\d{15}$/, 'OGRN has 13 or 15 digits')
  ogrn?: string | null;

  @Field(() => String)
  @SingleLineText(FIELD_LIMITS.address, { min: 5, message: `Enter the legal address (5 to ${FIELD_LIMITS.address} characters)` })
  address!: string;
}
