import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { Email, Password, PatternText, PersonName, SearchText, SingleLineText } from '../../shared/validators';

@InputType()
export class BrandFilter {
  @Field(() => String, { nullable: true, description: 'Matches legal name or tax id' })
  @IsOptional()
  @SearchText()
  search?: string | null;
}

@InputType()
export class CreateBrandInput {
  @Field(() => String)
  @SingleLineText(FIELD_LIMITS.legalName, { min: 2, message: `Enter the legal name (2 to ${FIELD_LIMITS.legalName} characters)` })
  legalName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PatternText(FIELD_LIMITS.taxId, /^\d{10}$|^\d{12}$/, 'INN has 10 or 12 digits')
  taxId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.address)
  address?: string | null;
}

@InputType()
export class InviteBrandUserInput {
  @Field(() => ID) brandId!: string;

  @Field(() => String)
  @Email()
  email!: string;

  @Field(() => String)
  @PersonName('Enter the person’s name')
  name!: string;
}

@InputType()
export class SetPasswordInput {
  @Field(() => String)
  @SingleLineText(FIELD_LIMITS.linkToken, { min: 20, message: 'This link is incomplete' })
  token!: string;

  @Field(() => String)
  @Password(10, 'Use at least 10 characters')
  password!: string;
}
