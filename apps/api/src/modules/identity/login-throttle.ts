import type { RequestContext } from '../../graphql/context';
import { TooManyAttemptsError } from '../../shared/errors';
import { LoginFailure } from './login-failure.entity';

/**
 * Failed sign-ins are counted in PostgreSQL (not in process memory) so the limit holds across any
 * number of API instances. Per account stops guessing one password; per address stops spraying.
 */
export async function assertLoginAllowed(ctx: RequestContext, email: string): Promise<void> {
  const { maxPerAccount, maxPerAddress, windowMinutes } = ctx.app.config.loginThrottle;
  const since = new Date(Date.now() - windowMinutes * 60_000);
  const rows: Array<{ by_account: string; by_address: string; oldest: Date | null }> = await ctx.em.execute(
      `select count(*) filter (where email = ?) as by_account,
              count(*) filter (where ip_address = ?) as by_address,
              min(created_at) as oldest
         from login_failure where created_at > ? and (email = ? or ip_address = ?)`,
      [email, ctx.ip, since, email, ctx.ip],
    );
  const row = rows[0];
  if (Number(row.by_account) >= maxPerAccount || Number(row.by_address) >= maxPerAddress) {
    const oldest = row.oldest ? new Date(row.oldest).getTime() : Date.now();
    const retryAfter = Math.max(1, Math.round((oldest + windowMinutes * 60_000 - Date.now()) / 1000));
    throw new TooManyAttemptsError(retryAfter);
  }
}

export async function recordLoginFailure(ctx: RequestContext, email: string): Promise<void> {
  ctx.em.create(LoginFailure, { email, ipAddress: ctx.ip });
  await ctx.em.flush();
}

/** A correct password resets the account's counter (not the address's). */
export async function clearLoginFailures(ctx: RequestContext, email: string): Promise<void> {
  await ctx.em.nativeDelete(LoginFailure, { email });
}
