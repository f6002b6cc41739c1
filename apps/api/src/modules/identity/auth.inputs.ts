import { Field, InputType } from 'type-graphql';
import { Email, Password } from '../../shared/validators';

@InputType()
export class LoginInput {
  @Field(() => String)
  @Email()
  email!: string;

  @Field(() => String)
  @Password(1, 'Enter your password')
  password!: string;
}
