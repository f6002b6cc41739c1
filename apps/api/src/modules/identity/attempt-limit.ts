import { randomUUID } from 'node:crypto';
import type { EntityClass } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { TooManyAttemptsError } from '../../shared/errors';

/** A table of attempts keyed by email and caller address (login_failure, password_reset_request). */
export interface AttemptRow {
  id: string;
  email: string;
  ipAddress: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface AttemptLimits {
  perEmail: number;
  perAddress: number;
  windowMinutes: number;
  /** What the refusal says, e.g. "Too many failed sign-in attempts". */
  message: string;
}

/**
 * Reserves one attempt or refuses it with TOO_MANY_ATTEMPTS. Counting and recording happen in one
 * transaction that first takes PostgreSQL advisory locks on the email and on the caller's address,
 * so attempts on the same email (or from the same address) are decided one after another: each sees
 * every row recorded before it, and no more than the limit ever pass, however many arrive at once and
 * on however many instances. A refused attempt records nothing, so refusals do not stretch the lock-out.
 * (An earlier insert-then-count-then-take-back scheme let more than the limit through: a refused
 * attempt's take-back lowered the count that a later attempt then read.)
 */
export async function reserveAttempt(
  ctx: RequestContext,
  entity: EntityClass<AttemptRow>,
  email: string,
  limits: AttemptLimits,
): Promise<void> {
  const table = ctx.em.getMetadata().get(entity.name).tableName;
  await ctx.em.transactional(async (tx) => {
    // Two key spaces (1 = email, 2 = address) so an email and an address never share a lock; the email
    // lock is always taken first, so two attempts can never wait on each other in a cycle.
    await tx.execute(`select pg_advisory_xact_lock(1, hashtext(?)), pg_advisory_xact_lock(2, hashtext(?))`, [
      `${table}:${email}`,
      `${table}:${ctx.ip}`,
    ]);
    const now = new Date();
    const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
    const rows: Array<{ by_email: string; by_address: string; oldest: Date | null }> = await tx.execute(
      `select count(*) filter (where email = ?) as by_email,
              count(*) filter (where ip_address = ?) as by_address,
              min(created_at) as oldest
         from ${table} where created_at > ? and (email = ? or ip_address = ?)`,
      [email, ctx.ip, since, email, ctx.ip],
    );
    const row = rows[0];
    if (Number(row.by_email) >= limits.perEmail || Number(row.by_address) >= limits.perAddress) {
      const oldest = row.oldest ? new Date(row.oldest).getTime() : Date.now();
      const retryAfter = Math.max(1, Math.round((oldest + limits.windowMinutes * 60_000 - Date.now()) / 1000));
      throw new TooManyAttemptsError(retryAfter, limits.message);
    }
    await tx.insert(entity, { id: randomUUID(), email, ipAddress: ctx.ip, createdAt: now, updatedAt: now });
  });
}
