import { randomUUID } from 'node:crypto';
import type { EntityClass } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context';
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
 * Reserves one attempt or refuses it with TOO_MANY_ATTEMPTS. The row is inserted and committed first,
 * and only then are the rows of the window counted, the new one included. Of any two concurrent
 * attempts the one whose insert committed later sees the other's row, so the n-th reservation sees
 * at least n rows and no more than the limit ever pass, however many arrive at once. (Counting first
 * and recording afterwards let every parallel request through.) A refused attempt takes its row back,
 * so refusals do not stretch the lock-out. Counted in PostgreSQL, so the limit holds across instances.
 */
export async function reserveAttempt(ctx: RequestContext, entity: EntityClass<AttemptRow>, email: string, limits: AttemptLimits): Promise<void> {
  const id = randomUUID();
  const now = new Date();
  // Two statements on purpose, each committed on its own: one statement reads a snapshot taken
  // before it started, so two concurrent insert-and-count statements could each miss the other.
  await ctx.em.insert(entity, { id, email, ipAddress: ctx.ip, createdAt: now, updatedAt: now });
  const table = ctx.em.getMetadata().get(entity.name).tableName;
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const rows: Array<{ by_email: string; by_address: string; oldest: Date | null }> = await ctx.em.execute(
    `select count(*) filter (where email = ?) as by_email,
            count(*) filter (where ip_address = ?) as by_address,
            min(created_at) as oldest
       from ${table} where created_at > ? and (email = ? or ip_address = ?)`,
    [email, ctx.ip, since, email, ctx.ip],
  );
  const row = rows[0];
  if (Number(row.by_email) > limits.perEmail || Number(row.by_address) > limits.perAddress) {
    await ctx.em.nativeDelete(entity, { id });
    const oldest = row.oldest ? new Date(row.oldest).getTime() : Date.now();
    const retryAfter = Math.max(1, Math.round((oldest + limits.windowMinutes * 60_000 - Date.now()) / 1000));
    throw new TooManyAttemptsError(retryAfter, limits.message);
  }
}
