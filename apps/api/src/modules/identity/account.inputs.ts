import { IsEmail, IsOptional, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

const PHONE = /^\+?[\d\s()-]{10,20}$/;

@InputType({ description: 'Asks for a one-time link to set a new password' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'The email the account signs in with; the answer is the same whether it has one or not' })
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(255)
  email!: string;
}

@InputType({ description: 'Sets a new password from a reset link' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the reset link (the `token` parameter of /reset-password)' })
  @Length(20, 200, { message: 'This link is incomplete' })
  token!: string;

  @Field(() => String, { description: 'The new password, 10 to 256 characters' })
  @Length(10, 256, { message: 'Use at least 10 characters' })
  password!: string;
}

@InputType({ description: 'Changes the signed-in user’s password' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The password the user signs in with now' })
  @MinLength(1, { message: 'Enter your current password' })
  @MaxLength(256)
  currentPassword!: string;

  @Field(() => String, { description: 'The new password, 10 to 256 characters' })
  @Length(10, 256, { message: 'Use at least 10 characters' })
  newPassword!: string;
}

@InputType({ description: 'What a user may change about themselves' })
export class UpdateMyProfileInput {
  @Field(() => String, { description: 'Full name, 2 to 120 characters' })
  @Length(2, 120, { message: 'Enter your full name' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Phone with country code; participants and partner users must keep one' })
  @IsOptional()
  @Matches(PHONE, { message: 'Enter a phone number with country code, e.g. +7 912 345-67-89' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'City; participants only (required for them), refused for other roles' })
  @IsOptional()
  @Length(2, 120, { message: 'Enter your city' })
  city?: string | null;
}
