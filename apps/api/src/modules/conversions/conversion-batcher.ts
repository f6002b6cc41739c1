import { batchedPerPool } from '../../db/statement-batcher';
import { writeConversions, type ConversionToWrite, type ConversionWrite } from './conversion-write';

/**
 * Group commit for postbacks (db/statement-batcher.ts): a conversion's write waits while the statement in
 * flight runs, and the next statement writes every one that waited, up to 64. One statement at a time per
 * pool: every write of a promotion updates its cap usage row and its members' HELD balance rows, which a
 * second statement would only wait for, and a statement of 16 costs PostgreSQL about a quarter of what 16
 * statements of one do (bench/README.md).
 */
export const writeConversionBatched: (em: Parameters<typeof writeConversions>[0], item: ConversionToWrite) => Promise<ConversionWrite> =
  batchedPerPool({ maxBatch: 64, maxInFlight: 1, run: writeConversions });
