import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { JobQueue } from '../../jobs/job-queue';
import { recordAudit } from '../audit/audit.service';
import { csvRecords, isBlank, readHeader, RowValidator, slices, type ProductValues, type ValidatedRow } from './product-import.csv';
import { ProductImport, ProductImportOutcome, ProductImportStatus } from './product-import.entity';

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

/** Another run of the same import got there first (a duplicated or expired job): this one stops. */
class Superseded extends Error {}

/** A running job refreshes its import's heartbeat this often, besides each batch commit. */
export const HEARTBEAT_SECONDS = 5;
/**
 * A RUNNING import whose heartbeat is older than this lost its process; the sweep starts it again.
 * Several heartbeats long, so a slow batch or a busy database is not mistaken for a crash.
 */
export const HEARTBEAT_STALE_SECONDS = 20;

interface Run {
  /** This run's number (the import's `attempts` when it claimed it): the run's claim on the import. */
  attempt: number;
  brandId: string;
  delimiter: string;
  alreadyProcessed: number;
}

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
      await orm.em.fork().nativeUpdate(ProductImport, { id: importId, attempts: run.attempt }, { status: ProductImportStatus.FAILED, failureReason: 'The import stopped on an internal error', finishedAt: new Date(), content: null, heartbeatAt: null });
      return;
    }
    // Nobody works on it until pg-boss retries: no heartbeat, so the retry may claim it at once.
    await orm.em.fork().nativeUpdate(ProductImport, { id: importId, attempts: run.attempt }, { heartbeatAt: null }).catch(() => undefined);
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
  await orm.em.fork().execute(`update product_import set heartbeat_at = now() where id = ? and attempts = ? and status = 'RUNNING'`, [importId, attempt]);
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
    await jobs.enqueue(em, 'product-import.run', { importId }, { singletonKey: `${importId}:resume`, singletonMinutes: 1, retryLimit: MAX_RETRIES, retryDelay: 5, expireInSeconds: IMPORT_JOB_EXPIRY_SECONDS });
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

interface ExistingProduct {
  id: string;
  sku: string;
  name: string;
  barcode: string | null;
  category: string | null;
  list_price_minor: string;
  currency: string;
}

/**
 * One transaction: the batch's products, its report rows and the import's counters. Set-based SQL
 * (one statement per kind of write, rows passed as one JSON parameter) rather than the unit of work:
 * tracking a thousand entities per batch would hold the event loop for long enough to slow every
 * request the API serves meanwhile.
 */
async function applyBatch(orm: MikroORM, importId: string, run: Run, expectedProcessed: number, rows: ValidatedRow[]) {
  const brandId = run.brandId;
  await orm.em.fork().transactional(async (em) => {
    // em.execute runs on the transaction's own connection; em.getConnection().execute would not.
    const db = em;
    // One import of a brand at a time changes its products; parallel imports of one brand queue here.
    await db.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`product-import:${brandId}`]);
    const [imp] = await db.execute<{ processed_rows: number; status: string; attempts: number }[]>(`select processed_rows, status, attempts from product_import where id = ? for update`, [importId]);
    // Another run claimed the import since (this one was thought dead), or got further: it carries on.
    if (!imp || imp.attempts !== run.attempt || imp.processed_rows !== expectedProcessed || imp.status !== ProductImportStatus.RUNNING) throw new Superseded();

    const skus = rows.flatMap((r) => (r.values ? [r.values.sku] : []));
    const existing: ExistingProduct[] = skus.length
      ? await db.execute(
          `select id, sku, name, barcode, category, list_price_minor::text as list_price_minor, currency
             from product where brand_id = ? and sku in (select jsonb_array_elements_text(?::jsonb))`,
          [brandId, JSON.stringify(skus)],
        )
      : [];
    const bySku = new Map(existing.map((p) => [p.sku, p]));
    const inserts: ExistingProduct[] = [];
    const updates: ExistingProduct[] = [];
    const report: Record<string, unknown>[] = [];
    const counts = { [ProductImportOutcome.CREATED]: 0, [ProductImportOutcome.UPDATED]: 0, [ProductImportOutcome.UNCHANGED]: 0, [ProductImportOutcome.REJECTED]: 0 };
    for (const row of rows) {
      let outcome = ProductImportOutcome.REJECTED;
      let productId: string | null = null;
      if (row.values) {
        const change = decide(bySku.get(row.values.sku), row.values);
        outcome = change.outcome;
        productId = change.product.id;
        if (outcome === ProductImportOutcome.CREATED) inserts.push(change.product);
        if (outcome === ProductImportOutcome.UPDATED) updates.push(change.product);
      }
      counts[outcome] += 1;
      report.push({ id: randomUUID(), row_number: row.rowNumber, sku: row.sku, outcome, product_id: productId, issues: row.issues });
    }
    if (inserts.length) {
      await db.execute(
        `insert into product (id, brand_id, sku, name, barcode, category, list_price_minor, currency, status)
         select v.id, ?, v.sku, v.name, v.barcode, v.category, v.list_price_minor::bigint, v.currency, 'PENDING'
           from jsonb_to_recordset(?::jsonb) as v(id uuid, sku text, name text, barcode text, category text, list_price_minor text, currency text)`,
        [brandId, JSON.stringify(inserts)],
      );
    }
    if (updates.length) {
      // Exactly what updateProduct does to a changed product: new values, back to PENDING, no rejection reason.
      await db.execute(
        `update product p
            set name = v.name, barcode = v.barcode, category = v.category, list_price_minor = v.list_price_minor::bigint,
                currency = v.currency, status = 'PENDING', rejection_reason = null, updated_at = now()
           from jsonb_to_recordset(?::jsonb) as v(id uuid, name text, barcode text, category text, list_price_minor text, currency text)
          where p.id = v.id and p.brand_id = ?`,
        [JSON.stringify(updates), brandId],
      );
    }
    await db.execute(
      `insert into product_import_row (id, product_import_id, row_number, sku, outcome, product_id, issues)
       select v.id, ?, v.row_number, v.sku, v.outcome::product_import_outcome, v.product_id, v.issues
         from jsonb_to_recordset(?::jsonb) as v(id uuid, row_number int, sku text, outcome text, product_id uuid, issues jsonb)`,
      [importId, JSON.stringify(report)],
    );
    await db.execute(
      `update product_import
          set processed_rows = processed_rows + ?, created_rows = created_rows + ?, updated_rows = updated_rows + ?,
              unchanged_rows = unchanged_rows + ?, rejected_rows = rejected_rows + ?, heartbeat_at = now(), updated_at = now()
        where id = ?`,
      [rows.length, counts.CREATED, counts.UPDATED, counts.UNCHANGED, counts.REJECTED, importId],
    );
  });
}

/**
 * A new product, or the existing one with the row's values. Columns the file does not have keep their
 * values; a product whose values all stay the same is UNCHANGED and not written at all.
 */
function decide(existing: ExistingProduct | undefined, values: ProductValues): { outcome: ProductImportOutcome; product: ExistingProduct } {
  if (!existing) {
    const product = {
      id: randomUUID(),
      sku: values.sku,
      name: values.name,
      barcode: values.barcode ?? null,
      category: values.category ?? null,
      list_price_minor: values.listPriceMinor.toString(),
      currency: values.currency,
    };
    return { outcome: ProductImportOutcome.CREATED, product };
  }
  const product = {
    ...existing,
    name: values.name,
    barcode: values.barcode === undefined ? existing.barcode : values.barcode,
    category: values.category === undefined ? existing.category : values.category,
    list_price_minor: values.listPriceMinor.toString(),
    currency: values.currency,
  };
  const same = (['name', 'barcode', 'category', 'list_price_minor', 'currency'] as const).every((k) => product[k] === existing[k]);
  return { outcome: same ? ProductImportOutcome.UNCHANGED : ProductImportOutcome.UPDATED, product };
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
