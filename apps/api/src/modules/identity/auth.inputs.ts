import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class LoginInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(255)
  email!: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'Enter your password' })
  @MaxLength(256)
  password!: string;
}
