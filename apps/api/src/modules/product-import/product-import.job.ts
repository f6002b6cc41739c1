import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ModerationStatus } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import { Brand } from '../organisations/brand.entity';
import { Product } from '../products/product.entity';
import { csvRecords, isBlank, readHeader, RowValidator, slices, type ProductValues, type ValidatedRow } from './product-import.csv';
import { ProductImport, ProductImportOutcome, ProductImportRow, ProductImportStatus } from './product-import.entity';

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

/** One transaction: the batch's products, its report rows and the import's counters. */
async function applyBatch(orm: MikroORM, importId: string, brandId: string, expectedProcessed: number, rows: ValidatedRow[]) {
  await orm.em.fork().transactional(async (em) => {
    // One import of a brand at a time changes its products; parallel imports of one brand queue here.
    await em.getConnection().execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`product-import:${brandId}`]);
    const imp = await em.findOneOrFail(ProductImport, { id: importId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (imp.processedRows !== expectedProcessed || imp.status !== ProductImportStatus.RUNNING) throw new Superseded();

    const valid = rows.filter((r) => r.values);
    const existing = valid.length ? await em.find(Product, { brand: brandId, sku: { $in: valid.map((r) => r.values!.sku) } }) : [];
    const bySku = new Map(existing.map((p) => [p.sku, p]));
    for (const row of rows) {
      const { outcome, productId } = row.values ? upsert(em, brandId, bySku, row.values) : { outcome: ProductImportOutcome.REJECTED, productId: null };
      em.create(ProductImportRow, { productImport: imp, rowNumber: row.rowNumber, sku: row.sku, outcome, productId, issues: row.issues });
      if (outcome === ProductImportOutcome.CREATED) imp.createdRows += 1;
      else if (outcome === ProductImportOutcome.UPDATED) imp.updatedRows += 1;
      else if (outcome === ProductImportOutcome.UNCHANGED) imp.unchangedRows += 1;
      else imp.rejectedRows += 1;
    }
    imp.processedRows += rows.length;
  });
}

/** Creates the product, or updates it exactly as updateProduct does: any change goes back to PENDING. */
function upsert(em: EntityManager, brandId: string, bySku: Map<string, Product>, values: ProductValues): { outcome: ProductImportOutcome; productId: string } {
  const product = bySku.get(values.sku);
  if (!product) {
    const created = em.create(Product, {
      brand: em.getReference(Brand, brandId),
      sku: values.sku,
      name: values.name,
      barcode: values.barcode ?? null,
      category: values.category ?? null,
      listPriceMinor: values.listPriceMinor,
      currency: values.currency,
    });
    bySku.set(values.sku, created);
    return { outcome: ProductImportOutcome.CREATED, productId: created.id };
  }
  const before = snapshot(product);
  product.name = values.name;
  if (values.barcode !== undefined) product.barcode = values.barcode;
  if (values.category !== undefined) product.category = values.category;
  product.listPriceMinor = values.listPriceMinor;
  product.currency = values.currency;
  if (snapshot(product) === before) return { outcome: ProductImportOutcome.UNCHANGED, productId: product.id };
  product.status = ModerationStatus.PENDING;
  product.rejectionReason = null;
  return { outcome: ProductImportOutcome.UPDATED, productId: product.id };
}

const snapshot = (p: Product) => JSON.stringify([p.name, p.barcode ?? null, p.category ?? null, p.listPriceMinor.toString(), p.currency]);

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
