import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { ProductValues, ValidatedRow } from './product-import.csv';
import { ProductImportOutcome, ProductImportStatus } from './product-import.entity';

/**
 * Writing one batch of an import's rows into the brand's catalogue: the products, the report rows
 * and the progress counter in one transaction. The job (product-import.job.ts) reads the file,
 * validates rows and calls this per batch.
 */

/** Another run of the same import got there first (a duplicated or expired job): this one stops. */
export class Superseded extends Error {}

export interface Run {
  /** This run's number (the import's `attempts` when it claimed it): the run's claim on the import. */
  attempt: number;
  brandId: string;
  delimiter: string;
  alreadyProcessed: number;
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
export async function applyBatch(orm: MikroORM, importId: string, run: Run, expectedProcessed: number, rows: ValidatedRow[]) {
  const brandId = run.brandId;
  await orm.em.fork().transactional(async (em) => {
    // em.execute runs on the transaction's own connection; em.getConnection().execute would not.
    const db = em;
    // One import of a brand at a time changes its products; parallel imports of one brand queue here.
    await db.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`product-import:${brandId}`]);
    const [imp] = await db.execute<{ processed_rows: number; status: string; attempts: number }[]>(
      `select processed_rows, status, attempts from product_import where id = ? for update`,
      [importId],
    );
    // Another run claimed the import since (this one was thought dead), or got further: it carries on.
    if (!imp || imp.attempts !== run.attempt || imp.processed_rows !== expectedProcessed || imp.status !== ProductImportStatus.RUNNING)
      throw new Superseded();

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
    const counts = {
      [ProductImportOutcome.CREATED]: 0,
      [ProductImportOutcome.UPDATED]: 0,
      [ProductImportOutcome.UNCHANGED]: 0,
      [ProductImportOutcome.REJECTED]: 0,
    };
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
