import type { RequestContext } from '../../context';
import { reserveAttempt } from './attempt-limit';
import { LoginFailure } from './login-failure.entity';

/**
 * Password checks are throttled per account (stops guessing one password) and per address (stops
 * spraying). Each attempt is reserved BEFORE its password is checked (see reserveAttempt), so parallel
 * guesses cannot all pass a count taken before the slow hash finished: at most the per-account limit
 * of them reach the check. A wrong password leaves its reserved row as the failure; a correct one
 * clears the account's rows.
 */
export function reserveLoginAttempt(ctx: RequestContext, email: string): Promise<void> {
  const { maxPerAccount, maxPerAddress, windowMinutes } = ctx.app.config.loginThrottle;
  return reserveAttempt(ctx, LoginFailure, email, {
    perEmail: maxPerAccount,
    perAddress: maxPerAddress,
    windowMinutes,
    message: 'Too many failed sign-in attempts',
  });
}

/** A correct password clears the account's counter (not the address's), its own reservation included. */
export async function clearLoginFailures(ctx: RequestContext, email: string): Promise<void> {
  await ctx.em.nativeDelete(LoginFailure, { email });
}
