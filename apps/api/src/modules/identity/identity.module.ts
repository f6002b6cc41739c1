import { defineFeature } from '../../define-feature';
import { byId } from '../../loaders/loader-factories';
import { AccountResolver } from './account.resolver';
import { AuthResolver } from './auth.resolver';
import { LoginFailure } from './login-failure.entity';
import { PasswordResetRequest } from './password-reset-request.entity';
import { PasswordToken } from './password-token.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

/** Accounts and sessions: sign-in and out, passwords, the caller's own profile. */
export const identityFeature = defineFeature({
  name: 'identity',
  resolvers: [AuthResolver, AccountResolver],
  entities: [User, Session, PasswordToken, LoginFailure, PasswordResetRequest],
  loaders: (em) => ({ userById: byId(em, User) }),
});
