import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { Email, Password, PersonName, Phone, SingleLineText } from '../../shared/validators';

@InputType({ description: 'Asks for a one-time link to set a new password' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'The email the account signs in with; the answer is the same whether it has one or not' })
  @Email()
  email!: string;
}

@InputType({ description: 'Sets a new password from a reset link' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the reset link (the `token` parameter of /reset-password)' })
  @SingleLineText(FIELD_LIMITS.linkToken, { min: 20, message: 'This link is incomplete' })
  token!: string;

  @Field(() => String, { description: 'The new password, 10 to 256 characters' })
  @Password(10, 'Use at least 10 characters')
  password!: string;
}

@InputType({ description: 'Changes the signed-in user’s password' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The password the user signs in with now' })
  @Password(1, 'Enter your current password')
  currentPassword!: string;

  @Field(() => String, { description: 'The new password, 10 to 256 characters' })
  @Password(10, 'Use at least 10 characters')
  newPassword!: string;
}

@InputType({ description: 'What a user may change about themselves' })
export class UpdateMyProfileInput {
  @Field(() => String, { description: 'Full name, 2 to 120 characters, with at least one letter' })
  @PersonName('Enter your full name')
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Phone with country code (10 to 15 digits); participants and partner users must keep one',
  })
  @IsOptional()
  @Phone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'City; participants only (required for them), refused for other roles' })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.city, { min: 2, message: 'Enter your city' })
  city?: string | null;
}
