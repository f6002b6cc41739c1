import { PORTAL_PATH } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { normalizeEmail } from '../../shared/normalize';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import { reserveAttempt } from './attempt-limit';
import { signIn } from './auth.service';
import { clearLoginFailures } from './login-throttle';
import { PasswordResetRequest } from './password-reset-request.entity';
import { PasswordToken, PasswordTokenPurpose } from './password-token.entity';
import { consumePasswordToken, issuePasswordToken } from './password-token.service';
import { User } from './user.entity';
import type { AuthPayload } from './viewer.type';

/** Per email: a few links an hour is plenty for a person and useless for flooding a mailbox. */
export const PASSWORD_RESET_LIMITS = { perEmail: 3, perAddress: 20, windowMinutes: 60, message: 'Too many password reset requests' };

/**
 * "Forgot password": mails a one-time link (through the outbox, like a brand invitation) to the
 * portal of the account's role. Answers true whether or not the email has an account, and the throttle
 * counts requests by the email typed, so neither the answer nor the refusal tells whether it exists.
 * A new link kills the older unused ones.
 */
export async function requestPasswordReset(ctx: RequestContext, rawEmail: string): Promise<boolean> {
  const email = normalizeEmail(rawEmail);
  await reserveAttempt(ctx, PasswordResetRequest, email, PASSWORD_RESET_LIMITS);
  const user = await ctx.em.findOne(User, { email, disabled: false });
  if (!user) return true;
  await withTransaction(ctx, async (tx) => {
    await tx.em.nativeUpdate(PasswordToken, { user: user.id, purpose: PasswordTokenPurpose.RESET, usedAt: null }, { usedAt: new Date() });
    const token = issuePasswordToken(tx, user.id, PasswordTokenPurpose.RESET);
    recordAudit(tx, { action: 'user.password_reset_requested', entityType: 'User', entityId: user.id, actorId: user.id });
    await notify(tx, {
      recipientId: user.id,
      template: 'password.reset',
      payload: { link: `${ctx.app.config.publicUrl}${PORTAL_PATH[user.role]}reset-password?token=${token}` },
    });
  });
  return true;
}

/** Sets the new password behind a reset link, ends every other session of the user and signs in here. */
export async function resetPassword(ctx: RequestContext, token: string, password: string): Promise<AuthPayload> {
  const user = await consumePasswordToken(ctx, token, password, PasswordTokenPurpose.RESET);
  // Whoever was locked out by guessing is the owner now proven by the mailbox.
  await clearLoginFailures(ctx, user.email);
  return signIn(ctx, user);
}
