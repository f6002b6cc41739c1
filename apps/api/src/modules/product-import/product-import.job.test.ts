import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, type World } from '../../test/fixtures';
import { gtinCheckDigit } from '../../shared/gtin';
import { User } from '../identity/user.entity';
import { Brand } from '../organisations/brand.entity';
import { Product } from '../products/product.entity';
import { ProductImport, ProductImportRow, ProductImportStatus } from './product-import.entity';
import { BATCH_SIZE, runProductImport } from './product-import.job';
import { GET_IMPORT, session, upload, waitUntilDone, type Session } from './product-import.test-kit';

/** The background run: committed batches, a resume after a crash, and an API that keeps answering meanwhile. */
describe('CSV product import: the background job', () => {
  let api: TestApi;
  let world: World;
  let brandA: Session;

  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    brandA = await session(api, world.brandA.email);
  });
  afterAll(() => api?.stop());

  it('resumes a retried run after its last committed batch and ends exactly as an uninterrupted run', async () => {
    const em = api.db.orm.em.fork();
    const rows = Array.from({ length: 1_200 }, (_, i) => `RES-${i},Item ${i},${i}.5`);
    rows[800] = 'RES-10,Duplicate of an early row,1'; // the set of SKUs seen must survive the resume
    rows[900] = 'RES-900,Bad,-1';
    const content = `sku,name,price\n${rows.join('\n')}\n`;
    const productImport = em.create(ProductImport, {
      brand: em.getReference(Brand, world.brandB.brandId),
      uploadedBy: em.getReference(User, world.brandB.userId),
      fileName: 'resume.csv',
      fileSize: content.length,
      content,
      delimiter: ',',
      totalRows: rows.length,
    });
    await em.flush();
    const id = productImport.id;
    const state = async () => {
      const f = api.db.orm.em.fork();
      const imp = await f.findOneOrFail(ProductImport, id);
      const report = await f.find(ProductImportRow, { productImport: id }, { orderBy: { rowNumber: 'asc' } });
      const products = await f.find(Product, { brand: world.brandB.brandId, sku: { $like: 'RES-%' } }, { orderBy: { sku: 'asc' } });
      return {
        counts: [imp.status, imp.processedRows, imp.createdRows, imp.updatedRows, imp.unchangedRows, imp.rejectedRows],
        report: report.map((r) => [r.rowNumber, r.sku, r.outcome, r.productId, r.issues.map((i) => i.code)]),
        products: products.map((p) => [p.id, p.sku, p.listPriceMinor]),
      };
    };

    await runProductImport(api.db.orm, id, 'test-1', api.services.logger);
    const uninterrupted = await state();
    expect(uninterrupted.counts).toEqual([ProductImportStatus.DONE, 1_200, 1_198, 0, 0, 2]);

    // As if the worker died after the first batch: only that batch's products and report rows remain.
    const f = api.db.orm.em.fork();
    const lost = await f.find(ProductImportRow, { productImport: id, rowNumber: { $gt: BATCH_SIZE + 1 } });
    await f.nativeDelete(Product, { id: { $in: lost.map((r) => r.productId).filter((p): p is string => !!p) } });
    await f.nativeDelete(ProductImportRow, { id: { $in: lost.map((r) => r.id) } });
    await f.nativeUpdate(
      ProductImport,
      { id },
      {
        status: ProductImportStatus.RUNNING,
        processedRows: BATCH_SIZE,
        createdRows: BATCH_SIZE,
        rejectedRows: 0,
        content,
        finishedAt: null,
      },
    );

    await runProductImport(api.db.orm, id, 'test-2', api.services.logger);
    const resumed = await state();
    expect(resumed.counts).toEqual(uninterrupted.counts);
    expect(resumed.report.slice(0, BATCH_SIZE)).toEqual(uninterrupted.report.slice(0, BATCH_SIZE));
    expect(resumed.report.map((r) => r.slice(0, 3))).toEqual(uninterrupted.report.map((r) => r.slice(0, 3)));
    expect(resumed.products.length).toBe(uninterrupted.products.length);
    expect(resumed.report[800]).toEqual([802, 'RES-10', 'REJECTED', null, ['DUPLICATE_SKU']]);

    // A duplicated delivery of the finished job changes nothing.
    await runProductImport(api.db.orm, id, 'test-3', api.services.logger);
    expect(await state()).toEqual(resumed);
  });

  it('imports 10,000 rows in the background while the API keeps answering', async () => {
    const gtin = (i: number) => `4601234${String(i).padStart(5, '0')}`;
    const rows = Array.from({ length: 10_000 }, (_, i) => `BIG-${i},Product ${i},${gtin(i)}${gtinCheckDigit(gtin(i))},Bulk,${i}.99,RUB`);
    const res = await upload(api, brandA.token, `sku,name,barcode,category,price,currency\n${rows.join('\n')}\n`, { fileName: 'big.csv' });
    expect(res.status).toBe(202);
    const id = res.body.productImport.id;
    expect(res.body.productImport).toMatchObject({ status: 'QUEUED', totalRows: 10_000 });

    // Wait until the job is under way, then ask for `me` and check the import had not finished by the
    // time the answer came: the API answered during the import, not after it.
    let answeredDuringImport = 0;
    const progress: number[] = [];
    for (;;) {
      const { productImport } = await brandA.client.ok(GET_IMPORT, { id });
      if (productImport.status === 'DONE' || productImport.status === 'FAILED') break;
      if (productImport.status !== 'RUNNING') {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      progress.push(productImport.processedRows);
      const { me } = await brandA.client.ok(`{ me { id role } }`);
      expect(me.role).toBe('BRAND');
      const after = await brandA.client.ok(GET_IMPORT, { id });
      if (after.productImport.status === 'RUNNING') answeredDuringImport += 1;
    }
    const done = await waitUntilDone(brandA, id);
    expect(done).toMatchObject({ status: 'DONE', processedRows: 10_000, createdRows: 10_000, rejectedRows: 0 });
    expect(answeredDuringImport).toBeGreaterThan(0);
    // Progress moved in committed batches, never backwards.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.every((p) => p % BATCH_SIZE === 0)).toBe(true);
    expect(await api.db.orm.em.fork().count(Product, { brand: world.brandA.brandId, sku: { $like: 'BIG-%' } })).toBe(10_000);
  }, 120_000);
});
