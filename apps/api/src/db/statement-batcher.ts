import type { EntityManager } from '@mikro-orm/postgresql';

export interface StatementBatcherOptions<I, O> {
  /** The most items one statement takes. */
  maxBatch: number;
  /** Statements of this batcher running at once (per pool). */
  maxInFlight: number;
  /** Runs one statement for all the items; answers one result per item, in order. */
  run(em: EntityManager, items: readonly I[]): Promise<O[]>;
}

interface Waiting<I, O> {
  item: I;
  em: EntityManager;
  resolve(result: O): void;
  reject(error: unknown): void;
}

/**
 * Group execution of one kind of statement (autocommit, outside any transaction): an item waits in a queue
 * while the statements in flight run, and the next statement takes every item that waited (up to maxBatch).
 * Under one request at a time each item goes alone at once (after the current event-loop turn); under load
 * the batches grow by themselves, and each item pays a share of one statement (its parse, plan, executor
 * start, triggers and commit) instead of a whole one. Why: in bench:postback a conversion's write alone cost
 * PostgreSQL about 1,300 µs of CPU in a statement of its own and about 300 µs in a statement of 64
 * (bench/README.md). A statement that fails is run again one item per statement, so an item fails only for
 * its own reason.
 */
export class StatementBatcher<I, O> {
  private readonly waiting: Array<Waiting<I, O>> = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly options: StatementBatcherOptions<I, O>) {}

  submit(em: EntityManager, item: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, em, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || this.waiting.length === 0) return;
    this.scheduled = true;
    // After this turn: the items that arrive in the same turn join the statement.
    setImmediate(() => {
      this.scheduled = false;
      while (this.inFlight < this.options.maxInFlight && this.waiting.length) {
        void this.flush(this.waiting.splice(0, this.options.maxBatch));
      }
    });
  }

  private async flush(batch: Array<Waiting<I, O>>): Promise<void> {
    this.inFlight += 1;
    try {
      const results = await this.options.run(
        batch[0]!.em,
        batch.map((w) => w.item),
      );
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else await Promise.all(batch.map((w) => this.options.run(w.em, [w.item]).then(([result]) => w.resolve(result!), w.reject)));
    } finally {
      this.inFlight -= 1;
      this.schedule();
    }
  }
}

/**
 * One batcher per connection pool (per ORM), made on first use: its statements share the pool with
 * everything else, and two ORMs in one process (tests, two API instances) never mix their items.
 */
export function batchedPerPool<I, O>(options: StatementBatcherOptions<I, O>): (em: EntityManager, item: I) => Promise<O> {
  const batchers = new WeakMap<object, StatementBatcher<I, O>>();
  return (em, item) => {
    const pool = em.getKnex().client as object;
    let batcher = batchers.get(pool);
    if (!batcher) batchers.set(pool, (batcher = new StatementBatcher(options)));
    return batcher.submit(em, item);
  };
}
