import { DeadlockException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { SaleRuleError } from './errors';

/** How often a transaction PostgreSQL chose as a deadlock's victim is run again before the error stands. */
const DEADLOCK_ATTEMPTS = 4;

/**
 * em.transactional, run again (with a short random pause) when PostgreSQL aborts it as a deadlock's
 * victim. Postings that create a participant's balance rows and lock them can meet in a cycle under
 * heavy concurrency (a refund and withdrawals of one participant, seen in ledger.refunds.race.test.ts);
 * the database keeps the books right by aborting one, and a retry makes that invisible to the caller.
 * The work runs whole again in a fresh transaction, so it must not keep state outside the database.
 */
export async function transactionalWithRetry<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.transactional((tx) => work(tx as EntityManager));
    } catch (error) {
      if (isCapRefusal(error)) throw capReached(error);
      if (!(error instanceof DeadlockException) || attempt >= DEADLOCK_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/**
 * Runs work in one database transaction with a context whose em is the transaction's. Everything
 * written through that context (rows, audit events, outbox rows, jobs) commits or rolls back together.
 * Do not call request loaders inside: they read outside the transaction. A deadlock's victim is run
 * again (transactionalWithRetry).
 */
export function withTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  // Nested: join the caller's transaction (a retry belongs to the outermost one).
  if (ctx.em.isInTransaction()) return ctx.em.transactional((em) => work(withEntityManager(ctx, em)));
  return transactionalWithRetry(ctx.em, (em) => work(withEntityManager(ctx, em)));
}

/**
 * A copy of ctx on another EntityManager. Property descriptors are copied, not values, and the
 * prototype is kept: a request's context builds its loaders, logger and cookie transport on first
 * use (http/request-context.ts), and a spread would have read them all, or lost prototype getters.
 */
export function withEntityManager(ctx: RequestContext, em: EntityManager): RequestContext {
  const copy = Object.create(Object.getPrototypeOf(ctx), Object.getOwnPropertyDescriptors(ctx)) as RequestContext;
  Object.defineProperty(copy, 'em', { value: em, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The database's refusal of a statement that would take a promotion's usage over a cap (SQLSTATE MVCAP, migration ..._cap_usage). */
export function isCapRefusal(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'MVCAP';
}

/** That refusal as the typed error every transport answers with (CAP_REACHED, nothing stored). */
function capReached(error: unknown): SaleRuleError {
  const cap = (error as { detail?: string }).detail === 'BUDGET_CAP' ? 'BUDGET_CAP' : 'PER_PARTICIPANT_CAP';
  return new SaleRuleError(
    'CAP_REACHED',
    cap === 'BUDGET_CAP' ? 'The promotion’s budget is used up' : 'The participant has earned the most this promotion pays one participant',
    { cap },
  );
}
