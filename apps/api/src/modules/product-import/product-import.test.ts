import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, LOGIN, PASSWORD, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { ModerationStatus } from '../../shared/enums';
import { AuditEvent } from '../audit/audit-event.entity';
import { User } from '../identity/user.entity';
import { Brand } from '../organisations/brand.entity';
import { Product } from '../products/product.entity';
import { MAX_FILE_BYTES } from './product-import.csv';
import { ProductImport, ProductImportRow, ProductImportStatus } from './product-import.entity';
import { BATCH_SIZE, runProductImport } from './product-import.job';
import { gtinCheckDigit } from '../../shared/gtin';

const IMPORT_FIELDS = `id fileName status totalRows processedRows acceptedRows createdRows updatedRows unchangedRows rejectedRows failureReason finishedAt`;
const GET = `query G($id: ID!) { productImport(id: $id) { ${IMPORT_FIELDS} } }`;
const LIST = `query L($page: PageInput) { productImports(page: $page) { total items { id fileName } } }`;
const ROWS = `query R($id: ID!, $filter: ProductImportRowFilter, $page: PageInput) {
  productImportRows(importId: $id, filter: $filter, page: $page) { total items { rowNumber sku outcome productId reason issues { column code row limit } } }
}`;

interface Session {
  client: GraphQLTestClient;
  token: string;
}

describe('CSV product import', () => {
  let api: TestApi;
  let world: World;
  let brandA: Session;
  let brandB: Session;

  const session = async (email: string): Promise<Session> => {
    const client = api.client();
    const { login } = await client.ok(LOGIN, { email, password: PASSWORD });
    client.bearer = login.token;
    return { client, token: login.token };
  };

  /** The upload exactly as the brand portal sends it. */
  const upload = async (
    token: string | null,
    body: string | Buffer,
    {
      contentType = 'text/csv; charset=utf-8',
      header = true,
      fileName = 'products.csv',
    }: { contentType?: string; header?: boolean; fileName?: string } = {},
  ) => {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (header) headers['x-motiva-upload'] = '1';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${api.url}/api/brand/product-imports?fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  const waitUntilDone = async (s: Session, id: string) => {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const { productImport } = await s.client.ok(GET, { id });
      if (productImport.status === 'DONE' || productImport.status === 'FAILED') return productImport;
      if (Date.now() > deadline) throw new Error(`import ${id} still ${productImport.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const importFile = async (s: Session, csv: string) => {
    const res = await upload(s.token, csv);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    return waitUntilDone(s, res.body.productImport.id);
  };

  const counts = async () => {
    const em = api.db.orm.em.fork();
    const jobs = await em.getConnection().execute(`select count(*)::int as n from pgboss.job where name = 'product-import.run'`);
    return { products: await em.count(Product), imports: await em.count(ProductImport), jobs: jobs[0].n as number };
  };

  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    [brandA, brandB] = await Promise.all([session(world.brandA.email), session(world.brandB.email)]);
  });
  afterAll(() => api?.stop());

  it('creates the valid rows as PENDING products and rejects each bad row with its reason', async () => {
    const before = await counts();
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
    const done = await importFile(brandA, csv);
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

    const { productImportRows: rejected } = await brandA.client.ok(ROWS, {
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
    const { productImportRows: all } = await brandA.client.ok(ROWS, { id: done.id, page: { limit: 100 } });
    expect(
      all.items
        .filter((r: any) => r.outcome === 'CREATED')
        .map((r: any) => r.productId)
        .sort(),
    ).toEqual(created.map((p) => p.id).sort());
    // Nothing else changed: exactly three new products, one stored import, one job.
    expect(await counts()).toEqual({ products: before.products + 3, imports: before.imports + 1, jobs: before.jobs + 1 });
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
    const first = await importFile(brandA, 'sku;name;price\nRE-1;Blender;100\nRE-2;Mixer;200\nRE-3;Grill;300\n');
    expect(first).toMatchObject({ createdRows: 3 });
    const em = api.db.orm.em.fork();
    const approve = await em.find(Product, { brand: world.brandA.brandId, sku: { $in: ['RE-1', 'RE-2'] } });
    for (const p of approve) p.status = ModerationStatus.APPROVED;
    await em.flush();
    const untouched = await em.fork().findOneOrFail(Product, { brand: world.brandA.brandId, sku: 'RE-2' });

    // RE-1 changes price, RE-2 is the same (an absent column leaves its value as it is), RE-4 is new.
    const second = await importFile(brandA, 'sku;name;price;category\nRE-1;Blender;150;\nRE-2;Mixer;200,00;\nRE-4;Juicer;400;Kitchen\n');
    expect(second).toMatchObject({ status: 'DONE', createdRows: 1, updatedRows: 1, unchangedRows: 1, rejectedRows: 0 });
    const { productImportRows } = await brandA.client.ok(ROWS, { id: second.id });
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

  it('shows an import only to its own brand: a foreign id is NOT_FOUND, like a missing one', async () => {
    const mine = await importFile(brandA, 'sku,name,price\nVIS-1,Lamp,10\n');
    const foreign = await brandB.client.request(GET, { id: mine.id });
    const missing = await brandB.client.request(GET, { id: '00000000-0000-4000-8000-000000000000' });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors).toEqual(missing.errors);
    expect(await brandB.client.code(ROWS, { id: mine.id })).toBe('NOT_FOUND');
    expect(await brandB.client.code(GET, { id: 'not-a-uuid' })).toBe('NOT_FOUND');
    const { productImports } = await brandB.client.ok(LIST, { page: { limit: 100 } });
    expect(productImports.items.map((i: any) => i.id)).not.toContain(mine.id);
    const own = await brandA.client.ok(LIST, { page: { limit: 100 } });
    expect(own.productImports.items.map((i: any) => i.id)).toContain(mine.id);
  });

  it('takes uploads only from brands, with the upload header; others get 401/403 and nothing is stored', async () => {
    const csv = 'sku,name,price\nAUTH-1,Lamp,10\n';
    const before = await counts();
    expect(await upload(null, csv)).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
    for (const email of [world.participantA.email, world.partnerA.email, world.admin.email, world.pendingParticipantA.email]) {
      const { token } = await session(email);
      expect(await upload(token, csv), email).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    }
    // Without the header a cross-site form could post it: refused before anything else is looked at.
    expect(await upload(brandA.token, csv, { header: false })).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
    expect(await counts()).toEqual(before);
  });

  it('accepts the session cookie as GraphQL does', async () => {
    const login = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: LOGIN, variables: { email: world.brandB.email, password: PASSWORD } }),
    });
    const cookie = login.headers.getSetCookie()[0].split(';')[0];
    const res = await fetch(`${api.url}/api/brand/product-imports`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'x-motiva-upload': '1', cookie },
      body: 'sku,name,price\nCOOKIE-1,Lamp,10\n',
    });
    expect(res.status).toBe(202);
    const { productImport } = (await res.json()) as any;
    expect(await waitUntilDone(brandB, productImport.id)).toMatchObject({ status: 'DONE', createdRows: 1 });
  });

  it('refuses a bad file as a whole with a typed 4xx, storing nothing', async () => {
    const before = await counts();
    const missing = await upload(brandA.token, 'sku,title,cost\nA,B,1\n');
    expect(missing).toMatchObject({ status: 400, body: { error: { code: 'MISSING_COLUMNS', missingColumns: ['name', 'price'] } } });
    expect(missing.body.error.message).toMatch(/name, price/);
    expect(await upload(brandA.token, Buffer.alloc(MAX_FILE_BYTES + 1, 'a'))).toMatchObject({
      status: 413,
      body: { error: { code: 'FILE_TOO_LARGE' } },
    });
    expect(await upload(brandA.token, 'sku,name,price\nA,B,1\n', { contentType: 'application/json' })).toMatchObject({
      status: 415,
      body: { error: { code: 'UNSUPPORTED_FILE_TYPE' } },
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]);
    expect(await upload(brandA.token, png)).toMatchObject({ status: 400, body: { error: { code: 'INVALID_FILE' } } });
    expect(await upload(brandA.token, 'sku,name,price\n')).toMatchObject({ status: 400, body: { error: { code: 'EMPTY_FILE' } } });
    expect(await upload(brandA.token, 'sku,name,price\nA,"B,1\n')).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_FILE' } },
    });
    expect(await counts()).toEqual(before);
  });

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
    const res = await upload(brandA.token, `sku,name,barcode,category,price,currency\n${rows.join('\n')}\n`, { fileName: 'big.csv' });
    expect(res.status).toBe(202);
    const id = res.body.productImport.id;
    expect(res.body.productImport).toMatchObject({ status: 'QUEUED', totalRows: 10_000 });

    // Wait until the job is under way, then ask for `me` and check the import had not finished by the
    // time the answer came: the API answered during the import, not after it.
    let answeredDuringImport = 0;
    const progress: number[] = [];
    for (;;) {
      const { productImport } = await brandA.client.ok(GET, { id });
      if (productImport.status === 'DONE' || productImport.status === 'FAILED') break;
      if (productImport.status !== 'RUNNING') {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      progress.push(productImport.processedRows);
      const { me } = await brandA.client.ok(`{ me { id role } }`);
      expect(me.role).toBe('BRAND');
      const after = await brandA.client.ok(GET, { id });
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
