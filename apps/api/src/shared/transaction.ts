import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';

/**
 * Runs work in one database transaction with a context whose em is the transaction's. Everything
 * written through that context (rows, audit events, outbox rows, jobs) commits or rolls back together.
 * Do not call request loaders inside: they read outside the transaction.
 */
export function withTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  return ctx.em.transactional((em) => work(withEntityManager(ctx, em)));
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
