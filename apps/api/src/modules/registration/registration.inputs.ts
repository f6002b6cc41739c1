import { IsBoolean, IsEmail, IsOptional, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Locale } from '../../shared/enums';

const PHONE = /^\+?[\d\s()-]{10,20}$/;

@InputType()
class AccountFields {
  @Field(() => String)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(255)
  email!: string;

  @Field(() => String)
  @MinLength(10, { message: 'Use at least 10 characters' })
  @MaxLength(256)
  password!: string;

  @Field(() => String)
  @Matches(PHONE, { message: 'Enter a phone number with country code, e.g. +7 912 345-67-89' })
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
  @Length(2, 120, { message: 'Enter your full name' })
  name!: string;

  @Field(() => String)
  @Length(2, 120, { message: 'Enter your city' })
  city!: string;

  @Field(() => String, { nullable: true, description: "A partner's invite code; empty for the platform's own staff" })
  @IsOptional()
  @MaxLength(32)
  inviteCode?: string | null;
}

@InputType()
export class RegisterPartnerInput extends AccountFields {
  @Field(() => String)
  @Length(2, 120, { message: 'Enter the contact person' })
  contactName!: string;

  @Field(() => String)
  @Length(2, 500, { message: 'Enter the legal name' })
  legalName!: string;

  @Field(() => String)
  @Matches(/^\d{10}$|^\d{12}$/, { message: 'INN has 10 or 12 digits' })
  taxId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'KPP has 9 digits' })
  kpp?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{13}$|^\d{15}$/, { message: 'OGRN has 13 or 15 digits' })
  ogrn?: string | null;

  @Field(() => String)
  @Length(5, 500, { message: 'Enter the legal address' })
  address!: string;
}
