import type { RequestContext } from '../graphql/context';

/**
 * Runs work in one database transaction with a context whose em is the transaction's. Everything
 * written through that context (rows, audit events, outbox rows, jobs) commits or rolls back together.
 * Do not call request loaders inside: they read outside the transaction.
 */
export function withTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  return ctx.em.transactional((em) => work({ ...ctx, em }));
}
