import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, type World } from '../../test/fixtures';
import { ModerationStatus } from '../../shared/enums';
import { AuditEvent } from '../audit/audit-event.entity';
import { Product } from '../products/product.entity';
import { ProductImport } from './product-import.entity';
import { counts, IMPORT_ROWS, importFile, session, type Session } from './product-import.test-kit';

/** What an import does with each row: the products it creates or updates, the rows it rejects and why. */
describe('CSV product import: rows', () => {
  let api: TestApi;
  let world: World;
  let brandA: Session;

  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    brandA = await session(api, world.brandA.email);
  });
  afterAll(() => api?.stop());

  it('creates the valid rows as PENDING products and rejects each bad row with its reason', async () => {
    const before = await counts(api);
    const csv = [
      'SKU,Name,Barcode,Category,Price,Currency',
      'IMP-1,Kettle 2 l,4601234567893,Kitchen,"1299,90",RUB',
      'IMP-2,Toaster,,Kitchen,2499.5,',
      ',No SKU,,,100,RUB',
      'IMP-3,Bad price,,,12abc,RUB',
      'IMP-4,Negative,,,-5,RUB',
      'IMP-5,Odd money,,,10,XYZ',
      'IMP-1,Kettle twice,,,10,RUB',
      `IMP-6,${'N'.repeat(201)},,,10,RUB`,
      `${'S'.repeat(65)},Long SKU,,,10,RUB`,
      `IMP-7,Long category,,${'C'.repeat(101)},10,RUB`,
      '',
      'IMP-8,"Fridge, 300 l",,Kitchen,54 990,USD',
    ].join('\r\n');
    const done = await importFile(api, brandA, csv);
    expect(done).toMatchObject({
      status: 'DONE',
      totalRows: 11,
      processedRows: 11,
      createdRows: 3,
      updatedRows: 0,
      unchangedRows: 0,
      rejectedRows: 8,
      acceptedRows: 3,
      failureReason: null,
    });

    const { productImportRows: rejected } = await brandA.client.ok(IMPORT_ROWS, {
      id: done.id,
      filter: { outcome: 'REJECTED' },
      page: { limit: 100 },
    });
    expect(rejected.total).toBe(8);
    expect(rejected.items.map((r: any) => [r.rowNumber, r.sku, r.issues.map((i: any) => `${i.column}:${i.code}`).join(' ')])).toEqual([
      [4, null, 'sku:REQUIRED'],
      [5, 'IMP-3', 'price:INVALID_PRICE'],
      [6, 'IMP-4', 'price:NEGATIVE_PRICE'],
      [7, 'IMP-5', 'currency:UNKNOWN_CURRENCY'],
      [8, 'IMP-1', 'sku:DUPLICATE_SKU'],
      [9, 'IMP-6', 'name:TOO_LONG'],
      [10, 'S'.repeat(65), 'sku:TOO_LONG'],
      [11, 'IMP-7', 'category:TOO_LONG'],
    ]);
    expect(rejected.items[4]).toMatchObject({ reason: 'SKU already appears in row 2', issues: [{ row: 2 }] });
    expect(rejected.items[1].reason).toMatch(/not a number/);

    const em = api.db.orm.em.fork();
    const created = await em.find(
      Product,
      { brand: world.brandA.brandId, sku: { $in: ['IMP-1', 'IMP-2', 'IMP-8'] } },
      { orderBy: { sku: 'asc' } },
    );
    expect(created.map((p) => [p.sku, p.name, p.barcode, p.category, p.listPriceMinor, p.currency, p.status])).toEqual([
      ['IMP-1', 'Kettle 2 l', '4601234567893', 'Kitchen', 129_990n, 'RUB', ModerationStatus.PENDING],
      ['IMP-2', 'Toaster', null, 'Kitchen', 249_950n, 'RUB', ModerationStatus.PENDING],
      ['IMP-8', 'Fridge, 300 l', null, 'Kitchen', 5_499_000n, 'USD', ModerationStatus.PENDING],
    ]);
    const { productImportRows: all } = await brandA.client.ok(IMPORT_ROWS, { id: done.id, page: { limit: 100 } });
    expect(
      all.items
        .filter((r: any) => r.outcome === 'CREATED')
        .map((r: any) => r.productId)
        .sort(),
    ).toEqual(created.map((p) => p.id).sort());
    // Nothing else changed: exactly three new products, one stored import, one job.
    expect(await counts(api)).toEqual({ products: before.products + 3, imports: before.imports + 1, jobs: before.jobs + 1 });
    // One audit event sums the import up; no event per row.
    const audit = await em.find(AuditEvent, { entityId: done.id });
    expect(audit.map((a) => [a.action, a.actor?.id, a.after])).toEqual([
      [
        'product_import.completed',
        world.brandA.userId,
        { fileName: 'products.csv', totalRows: 11, created: 3, updated: 0, unchanged: 0, rejected: 8 },
      ],
    ]);
    expect(await em.count(AuditEvent, { entityType: 'Product', entityId: { $in: created.map((p) => p.id) } })).toBe(0);
    // The file itself is dropped once applied; the report stays.
    expect((await em.findOneOrFail(ProductImport, done.id, { populate: ['content'] })).content).toBeNull();
  });

  it('is idempotent by SKU: a re-import updates changed products (back to moderation) and leaves unchanged ones alone', async () => {
    const first = await importFile(api, brandA, 'sku;name;price\nRE-1;Blender;100\nRE-2;Mixer;200\nRE-3;Grill;300\n');
    expect(first).toMatchObject({ createdRows: 3 });
    const em = api.db.orm.em.fork();
    const approve = await em.find(Product, { brand: world.brandA.brandId, sku: { $in: ['RE-1', 'RE-2'] } });
    for (const p of approve) p.status = ModerationStatus.APPROVED;
    await em.flush();
    const untouched = await em.fork().findOneOrFail(Product, { brand: world.brandA.brandId, sku: 'RE-2' });

    // RE-1 changes price, RE-2 is the same (an absent column leaves its value as it is), RE-4 is new.
    const second = await importFile(
      api,
      brandA,
      'sku;name;price;category\nRE-1;Blender;150;\nRE-2;Mixer;200,00;\nRE-4;Juicer;400;Kitchen\n',
    );
    expect(second).toMatchObject({ status: 'DONE', createdRows: 1, updatedRows: 1, unchangedRows: 1, rejectedRows: 0 });
    const { productImportRows } = await brandA.client.ok(IMPORT_ROWS, { id: second.id });
    expect(productImportRows.items.map((r: any) => [r.sku, r.outcome])).toEqual([
      ['RE-1', 'UPDATED'],
      ['RE-2', 'UNCHANGED'],
      ['RE-4', 'CREATED'],
    ]);

    const after = await api.db.orm.em
      .fork()
      .find(Product, { brand: world.brandA.brandId, sku: { $like: 'RE-%' } }, { orderBy: { sku: 'asc' } });
    expect(after.map((p) => [p.sku, p.listPriceMinor, p.status])).toEqual([
      ['RE-1', 15_000n, ModerationStatus.PENDING],
      ['RE-2', 20_000n, ModerationStatus.APPROVED],
      ['RE-3', 30_000n, ModerationStatus.PENDING],
      ['RE-4', 40_000n, ModerationStatus.PENDING],
    ]);
    expect(after[1].updatedAt).toEqual(untouched.updatedAt);
  });
});
