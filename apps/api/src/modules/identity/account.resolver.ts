import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Public, SignedIn } from '../../auth/policy';
import { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput, UpdateMyProfileInput } from './account.inputs';
import * as account from './account.service';
import * as passwordReset from './password-reset.service';
import { AuthPayload, ViewerType } from './viewer.type';

/** The account basics every user has: forgot/reset password, change password, own profile. */
@Resolver()
export class AccountResolver {
  @Mutation(() => Boolean, {
    description:
      'Mails a one-time link to set a new password (valid 1 hour). Always true, whether or not the email has an account; TOO_MANY_ATTEMPTS when asked too often',
  })
  @Public()
  requestPasswordReset(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestPasswordResetInput, { description: "The account's email" }) input: RequestPasswordResetInput,
  ): Promise<boolean> {
    return passwordReset.requestPasswordReset(ctx, input.email);
  }

  @Mutation(() => AuthPayload, { description: 'Sets a new password from a reset link, ends the user’s other sessions and signs in' })
  @Public()
  resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResetPasswordInput, { description: 'The token from the reset link and the new password' })
    input: ResetPasswordInput,
  ): Promise<AuthPayload> {
    return passwordReset.resetPassword(ctx, input.token, input.password);
  }

  @Mutation(() => Boolean, { description: 'Changes the password (the current one is required) and ends every other session of the user' })
  @SignedIn()
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChangePasswordInput, { description: 'The current and the new password' }) input: ChangePasswordInput,
  ): Promise<boolean> {
    return account.changePassword(ctx, input);
  }

  @Mutation(() => ViewerType, { description: 'Updates the signed-in user’s own name, phone and (participants) city' })
  @SignedIn()
  updateMyProfile(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateMyProfileInput, { description: 'The new name, phone and city' }) input: UpdateMyProfileInput,
  ): Promise<ViewerType> {
    return account.updateMyProfile(ctx, input);
  }
}
