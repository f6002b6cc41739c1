import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { recordAudit } from '../audit/audit.service';
import { csvRecords, isBlank, readHeader, RowValidator, slices, type ProductValues, type ValidatedRow } from './product-import.csv';
import { ProductImport, ProductImportOutcome, ProductImportStatus } from './product-import.entity';

/** Rows committed per transaction; progress moves in steps of this size. */
export const BATCH_SIZE = 500;
/** pg-boss retries a failed run this many times; after the last one the import is FAILED. */
export const MAX_RETRIES = 3;

/** Another run of the same import got there first (a duplicated or expired job): this one stops. */
class Superseded extends Error {}

/**
 * The job: applies an import's rows in batches of BATCH_SIZE, one transaction per batch, each batch
 * committing its products, its report rows and the progress counter together. Idempotent: a retried
 * run re-reads the file and resumes after `processedRows`; a finished import is left alone.
 */
export async function runProductImport(orm: MikroORM, importId: string, jobId: string, log: Logger): Promise<void> {
  const started = await orm.em.fork().transactional(async (em) => {
    const imp = await em.findOne(ProductImport, { id: importId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!imp || imp.status === ProductImportStatus.DONE || imp.status === ProductImportStatus.FAILED) return null;
    imp.status = ProductImportStatus.RUNNING;
    imp.startedAt ??= new Date();
    imp.attempts += 1;
    return { attempt: imp.attempts, brandId: imp.brand.id, delimiter: imp.delimiter, alreadyProcessed: imp.processedRows };
  });
  if (!started) return;
  try {
    await applyRows(orm, importId, started);
    await finish(orm, importId, jobId);
  } catch (error) {
    if (error instanceof Superseded) return;
    if (started.attempt > MAX_RETRIES) {
      // The last attempt: record the failure instead of rethrowing into a retry that will not come.
      log.error({ err: error, importId }, 'product import failed');
      await orm.em.fork().nativeUpdate(ProductImport, { id: importId }, { status: ProductImportStatus.FAILED, failureReason: 'The import stopped on an internal error', finishedAt: new Date(), content: null });
      return;
    }
    throw error;
  }
}

async function applyRows(orm: MikroORM, importId: string, run: { brandId: string; delimiter: string; alreadyProcessed: number }) {
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
      await applyBatch(orm, importId, run.brandId, processed, batch);
      processed += batch.length;
      batch = [];
      await nextTurn();
    }
  }
  if (batch.length) await applyBatch(orm, importId, run.brandId, processed, batch);
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
async function applyBatch(orm: MikroORM, importId: string, brandId: string, expectedProcessed: number, rows: ValidatedRow[]) {
  await orm.em.fork().transactional(async (em) => {
    // em.execute runs on the transaction's own connection; em.getConnection().execute would not.
    const db = em;
    // One import of a brand at a time changes its products; parallel imports of one brand queue here.
    await db.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`product-import:${brandId}`]);
    const [imp] = await db.execute<{ processed_rows: number; status: string }[]>(`select processed_rows, status from product_import where id = ? for update`, [importId]);
    if (!imp || imp.processed_rows !== expectedProcessed || imp.status !== ProductImportStatus.RUNNING) throw new Superseded();

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
              unchanged_rows = unchanged_rows + ?, rejected_rows = rejected_rows + ?, updated_at = now()
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
async function finish(orm: MikroORM, importId: string, jobId: string) {
  await orm.em.fork().transactional(async (em) => {
    const imp = await em.findOneOrFail(ProductImport, { id: importId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (imp.status !== ProductImportStatus.RUNNING) return;
    imp.status = ProductImportStatus.DONE;
    imp.finishedAt = new Date();
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
