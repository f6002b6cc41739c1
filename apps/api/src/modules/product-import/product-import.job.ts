import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { JobQueue } from '../../jobs/job-queue';
import { recordAudit } from '../audit/audit.service';
import { csvRecords, isBlank, readHeader, RowValidator, slices, type ValidatedRow } from './product-import.csv';
import { ProductImport, ProductImportStatus } from './product-import.entity';
import { applyBatch, Superseded, type Run } from './product-import.batch';

/** Rows committed per transaction; progress moves in steps of this size. */
export const BATCH_SIZE = 500;
/** pg-boss retries a failed run this many times; after the last one the import is FAILED. */
export const MAX_RETRIES = 3;
/**
 * pg-boss gives a job this long before it counts it as lost and retries it. Crash recovery does not
 * wait for it (the heartbeat sweep does that within HEARTBEAT_STALE_SECONDS); it only bounds a run
 * that hangs without dying. 50,000 rows take well under a minute.
 */
export const IMPORT_JOB_EXPIRY_SECONDS = 15 * 60;

/** A running job refreshes its import's heartbeat this often, besides each batch commit. */
export const HEARTBEAT_SECONDS = 5;
/**
 * A RUNNING import whose heartbeat is older than this lost its process; the sweep starts it again.
 * Several heartbeats long, so a slow batch or a busy database is not mistaken for a crash.
 */
export const HEARTBEAT_STALE_SECONDS = 20;

/**
 * The job: applies an import's rows in batches of BATCH_SIZE, one transaction per batch, each batch
 * committing its products, its report rows and the progress counter together. Idempotent: a retried
 * run re-reads the file and resumes after `processedRows`; a finished import is left alone; an import
 * another run is working on (fresh heartbeat) is left to it; a run that another run took over stops
 * at its next batch.
 */
export async function runProductImport(orm: MikroORM, importId: string, jobId: string, log: Logger): Promise<void> {
  const run = await claim(orm, importId);
  if (!run) return;
  const heartbeat = setInterval(() => {
    beat(orm, importId, run.attempt).catch((err) => log.warn({ err, importId }, 'product import heartbeat failed'));
  }, HEARTBEAT_SECONDS * 1000);
  heartbeat.unref();
  try {
    await applyRows(orm, importId, run);
    await finish(orm, importId, jobId, run.attempt);
  } catch (error) {
    if (error instanceof Superseded) return;
    if (run.attempt > MAX_RETRIES) {
      // The last attempt: record the failure instead of rethrowing into a retry that will not come.
      log.error({ err: error, importId }, 'product import failed');
      await orm.em.fork().nativeUpdate(
        ProductImport,
        { id: importId, attempts: run.attempt },
        {
          status: ProductImportStatus.FAILED,
          failureReason: 'The import stopped on an internal error',
          finishedAt: new Date(),
          content: null,
          heartbeatAt: null,
        },
      );
      return;
    }
    // Nobody works on it until pg-boss retries: no heartbeat, so the retry may claim it at once.
    await orm.em
      .fork()
      .nativeUpdate(ProductImport, { id: importId, attempts: run.attempt }, { heartbeatAt: null })
      .catch(() => undefined);
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * Claims the import in one statement: a QUEUED one, or a RUNNING one that nobody is working on (no
 * heartbeat, or a stale one). Database time throughout, so workers' clocks do not matter.
 */
async function claim(orm: MikroORM, importId: string): Promise<Run | null> {
  const [row] = await orm.em.fork().execute<{ attempts: number; brand_id: string; delimiter: string; processed_rows: number }[]>(
    `update product_import
        set status = 'RUNNING', started_at = coalesce(started_at, now()), attempts = attempts + 1, heartbeat_at = now(), updated_at = now()
      where id = ?
        and (status = 'QUEUED'
             or (status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?))))
      returning attempts, brand_id, delimiter, processed_rows`,
    [importId, HEARTBEAT_STALE_SECONDS],
  );
  return row ? { attempt: row.attempts, brandId: row.brand_id, delimiter: row.delimiter, alreadyProcessed: row.processed_rows } : null;
}

/** "Still working on it": only while this run is the import's latest. */
async function beat(orm: MikroORM, importId: string, attempt: number): Promise<void> {
  await orm.em
    .fork()
    .execute(`update product_import set heartbeat_at = now() where id = ? and attempts = ? and status = 'RUNNING'`, [importId, attempt]);
}

/**
 * Imports that lost their run (RUNNING with a stale or no heartbeat: the process died, or a retry
 * waits) get a new job; the job claims each one only if it is still abandoned when it starts.
 * Returns when the next RUNNING import would go stale, so the caller can look again then rather
 * than a whole cron minute later.
 */
export async function sweepAbandonedImports(orm: MikroORM, jobs: JobQueue): Promise<{ resumed: string[]; nextCheckAt: Date | null }> {
  const em = orm.em.fork();
  const rows = await em.execute<{ id: string; stale: boolean; stale_at: Date | null }[]>(
    `select id, (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?)) as stale,
            heartbeat_at + make_interval(secs => ?) as stale_at
       from product_import where status = 'RUNNING' order by heartbeat_at nulls first limit 500`,
    [HEARTBEAT_STALE_SECONDS, HEARTBEAT_STALE_SECONDS + 1],
  );
  const resumed = rows.filter((r) => r.stale).map((r) => r.id);
  for (const importId of resumed) {
    // One resume per import per minute, however many sweeps see it.
    await jobs.enqueue(
      em,
      'product-import.run',
      { importId },
      {
        singletonKey: `${importId}:resume`,
        singletonMinutes: 1,
        retryLimit: MAX_RETRIES,
        retryDelay: 5,
        expireInSeconds: IMPORT_JOB_EXPIRY_SECONDS,
      },
    );
  }
  const pending = rows.filter((r) => !r.stale && r.stale_at).map((r) => new Date(r.stale_at!).getTime());
  return { resumed, nextCheckAt: pending.length ? new Date(Math.min(...pending)) : null };
}

async function applyRows(orm: MikroORM, importId: string, run: Run) {
  const content = (await orm.em.fork().findOneOrFail(ProductImport, { id: importId }, { populate: ['content'] })).content;
  if (content == null) throw new Error(`product import ${importId} has no content`);
  let validator: RowValidator | null = null;
  let rowNumber = 0;
  let dataRows = 0;
  let processed = run.alreadyProcessed;
  let batch: ValidatedRow[] = [];
  for await (const record of csvRecords(slices(content), run.delimiter)) {
    rowNumber += 1;
    if (isBlank(record)) continue;
    if (!validator) {
      validator = new RowValidator(readHeader(record));
      continue;
    }
    dataRows += 1;
    // Rows committed by an earlier attempt are validated again (that rebuilds the set of SKUs seen)
    // but not applied again.
    const row = validator.validate(record, rowNumber);
    if (dataRows <= run.alreadyProcessed) continue;
    batch.push(row);
    if (batch.length === BATCH_SIZE) {
      await applyBatch(orm, importId, run, processed, batch);
      processed += batch.length;
      batch = [];
      await nextTurn();
    }
  }
  if (batch.length) await applyBatch(orm, importId, run, processed, batch);
}

/** DONE, the file dropped (the report rows stay), and one audit event that sums the import up. */
async function finish(orm: MikroORM, importId: string, jobId: string, attempt: number) {
  await orm.em.fork().transactional(async (em) => {
    const imp = await em.findOneOrFail(ProductImport, { id: importId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (imp.status !== ProductImportStatus.RUNNING || imp.attempts !== attempt) return;
    imp.status = ProductImportStatus.DONE;
    imp.finishedAt = new Date();
    imp.heartbeatAt = null;
    await em.nativeUpdate(ProductImport, { id: imp.id }, { content: null });
    recordAudit(
      { em, viewer: null, requestId: `job:${jobId}` },
      {
        action: 'product_import.completed',
        entityType: 'ProductImport',
        entityId: imp.id,
        actorId: imp.uploadedBy.id,
        after: {
          fileName: imp.fileName,
          totalRows: imp.totalRows,
          created: imp.createdRows,
          updated: imp.updatedRows,
          unchanged: imp.unchangedRows,
          rejected: imp.rejectedRows,
        },
      },
    );
  });
}
