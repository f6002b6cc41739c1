import type { EntityManager } from '@mikro-orm/postgresql';
import { writeConversions, type ConversionToWrite, type ConversionWrite } from './conversion-write';

/** The most conversions one statement writes. */
const MAX_BATCH = 64;
/** Statements of one process writing at once: PostgreSQL works on one while the next is sent. */
const MAX_IN_FLIGHT = 2;

interface Waiting {
  item: ConversionToWrite;
  em: EntityManager;
  resolve(write: ConversionWrite): void;
  reject(error: unknown): void;
}

/**
 * Group commit for postbacks: a conversion to write waits in a queue while the statements in flight run,
 * and the next statement writes every one that waited (writeConversions, up to MAX_BATCH). Under one
 * request at a time each goes alone at once (after the current event-loop turn); under load the batches
 * grow by themselves, and every conversion pays a share of one statement, one run of the triggers and one
 * commit. A statement that fails (a cap refused, a deadlock) is retried as one statement per conversion,
 * so a conversion fails only for its own reason. Writes are autocommit: nothing here is in a caller's
 * transaction.
 */
class ConversionBatcher {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;
  private scheduled = false;

  write(em: EntityManager, item: ConversionToWrite): Promise<ConversionWrite> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, em, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= MAX_IN_FLIGHT || this.waiting.length === 0) return;
    this.scheduled = true;
    // After this turn: requests whose reads finished in the same turn join the batch.
    setImmediate(() => {
      this.scheduled = false;
      while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length) void this.flush(this.waiting.splice(0, MAX_BATCH));
    });
  }

  private async flush(batch: Waiting[]): Promise<void> {
    this.inFlight += 1;
    try {
      const writes = await writeConversions(
        batch[0]!.em,
        batch.map((w) => w.item),
      );
      batch.forEach((w, i) => w.resolve(writes[i]!));
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else await Promise.all(batch.map((w) => writeConversions(w.em, [w.item]).then(([write]) => w.resolve(write!), w.reject)));
    } finally {
      this.inFlight -= 1;
      this.schedule();
    }
  }
}

/** One batcher per connection pool (per ORM): its statements share the pool with everything else. */
const batchers = new WeakMap<object, ConversionBatcher>();

/** Writes one conversion with the others waiting at the same time (autocommit, not in a transaction). */
export function writeConversionBatched(em: EntityManager, item: ConversionToWrite): Promise<ConversionWrite> {
  const pool = em.getKnex().client as object;
  let batcher = batchers.get(pool);
  if (!batcher) batchers.set(pool, (batcher = new ConversionBatcher()));
  return batcher.write(em, item);
}
