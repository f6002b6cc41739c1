import type { Viewer } from '../../auth/viewer';

/**
 * How long this process trusts a session it looked up without asking the database again. Revocation
 * in this process (sign-out, password change or reset, moderation of the account) clears the cache at
 * once; a revocation made by another instance is seen here within this time. README, "Scaling".
 */
export const SESSION_CACHE_TTL_MS = 5_000;
/** Past this many live sessions the oldest entries make room (Map keeps insertion order). */
const MAX_ENTRIES = 10_000;

interface Entry {
  viewer: Viewer;
  /** The earlier of the session's own expiry and the end of the cache's trust. */
  validUntil: number;
}

const entries = new Map<string, Entry>();
/** Bumped by every invalidation: a lookup that started before one must not store what it read. */
let generation = 0;

/** The cached viewer for a session token hash, or undefined when the database must be asked. */
export function getCachedViewer(tokenHash: string, now = Date.now()): Viewer | undefined {
  const entry = entries.get(tokenHash);
  if (!entry) return undefined;
  if (entry.validUntil > now) return entry.viewer;
  entries.delete(tokenHash);
  return undefined;
}

/** Where a lookup starts: pass it back to storeViewer so a lookup overtaken by an invalidation stores nothing. */
export function cacheGeneration(): number {
  return generation;
}

export function storeViewer(tokenHash: string, viewer: Viewer, sessionExpiresAt: Date, startedAt: number, now = Date.now()): void {
  if (startedAt !== generation) return;
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(tokenHash, { viewer, validUntil: Math.min(now + SESSION_CACHE_TTL_MS, sessionExpiresAt.getTime()) });
}

function clear(): void {
  generation++;
  entries.clear();
}

/** What invalidation needs of an EntityManager: whether it is inside a transaction, and which. */
interface TransactionSource {
  isInTransaction(): boolean;
  getTransactionContext(): unknown;
}

/** The parts of a knex transaction this needs: the outer one (for a savepoint) and its completion. */
interface KnexTransaction {
  parentTransaction?: KnexTransaction;
  executionPromise?: Promise<unknown>;
}

/**
 * Forgets every cached session, now and, when em is inside a transaction, again once the outermost
 * transaction has finished: a lookup made before the commit still read the old rows and may have
 * stored them. Called for every write that can end a session or change what a viewer may do.
 */
export function invalidateCachedViewers(em?: TransactionSource): void {
  clear();
  let trx = em?.isInTransaction() ? (em.getTransactionContext() as KnexTransaction | undefined) : undefined;
  while (trx?.parentTransaction) trx = trx.parentTransaction;
  trx?.executionPromise?.then(clear, clear);
}

/** For tests: the number of cached sessions. */
export function cachedSessionCount(): number {
  return entries.size;
}
