import { Field, InputType } from 'type-graphql';
import { Email, Password } from '../../shared/validators';

@InputType({ description: 'Email and password to sign in with' })
export class LoginInput {
  @Field(() => String, { description: 'The email the account signs in with' })
  @Email()
  email!: string;

  @Field(() => String, { description: "The account's password" })
  @Password(1, 'Enter your password')
  password!: string;
}
