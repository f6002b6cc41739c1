import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { Email, Password, PatternText, PersonName, SearchText, SingleLineText } from '../../shared/validators';

@InputType({ description: 'Narrows the list of brands' })
export class BrandFilter {
  @Field(() => String, { nullable: true, description: 'Matches legal name or tax id' })
  @IsOptional()
  @SearchText()
  search?: string | null;
}

@InputType({ description: 'A new brand, created by an admin' })
export class CreateBrandInput {
  @Field(() => String, { description: 'Full legal name' })
  @SingleLineText(FIELD_LIMITS.legalName, { min: 2, message: `Enter the legal name (2 to ${FIELD_LIMITS.legalName} characters)` })
  legalName!: string;

  @Field(() => String, { nullable: true, description: 'Tax id (INN), 10 or 12 digits' })
  @IsOptional()
  @PatternText(FIELD_LIMITS.taxId, /^\d{10}$|^\d{12}$/, 'INN has 10 or 12 digits')
  taxId?: string | null;

  @Field(() => String, { nullable: true, description: 'Legal address' })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.address)
  address?: string | null;
}

@InputType({ description: 'A new user account for a brand' })
export class InviteBrandUserInput {
  @Field(() => ID, { description: 'The brand the user belongs to' }) brandId!: string;

  @Field(() => String, { description: 'The email the user will sign in with; the invite link is mailed there' })
  @Email()
  email!: string;

  @Field(() => String, { description: 'Full name' })
  @PersonName('Enter the person’s name')
  name!: string;
}

@InputType({ description: 'Sets a password from a one-time invite link' })
export class SetPasswordInput {
  @Field(() => String, { description: 'The token from the invite link' })
  @SingleLineText(FIELD_LIMITS.linkToken, { min: 20, message: 'This link is incomplete' })
  token!: string;

  @Field(() => String, { description: 'The new password, 10 to 256 characters' })
  @Password(10, 'Use at least 10 characters')
  password!: string;
}
