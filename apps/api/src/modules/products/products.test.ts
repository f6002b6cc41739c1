import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { worldWithBrandsAndAdmin, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { countQueries } from '../../test/query-counter';
import { AuditEvent } from '../audit/audit-event.entity';
import { Notification } from '../notifications/notification.entity';
import { Product } from './product.entity';

const FIELDS = `id sku name barcode category status rejectionReason listPrice { amountMinor currency } brand { id legalName }`;
const CREATE = `mutation C($input: CreateProductInput!) { createProduct(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation U($input: UpdateProductInput!) { updateProduct(input: $input) { ${FIELDS} } }`;
const LIST = `query L($filter: ProductFilter, $sort: ProductSort, $page: PageInput) { products(filter: $filter, sort: $sort, page: $page) { total items { ${FIELDS} } } }`;
const MODERATE = `mutation M($input: ModerationInput!) { moderateProduct(input: $input) { id status rejectionReason decisions { decision reason } } }`;

const input = (over: Record<string, unknown> = {}) => ({
  sku: `SKU-${Math.random().toString(36).slice(2, 8)}`,
  name: 'Soundbar 200',
  barcode: '4601234567893',
  category: 'Audio',
  listPrice: { amountMinor: '1299000', currency: 'RUB' },
  ...over,
});

describe('products (nomenclature)', () => {
  let api: TestApi;
  let world: World;
  let brandA: GraphQLTestClient;
  let brandB: GraphQLTestClient;
  let admin: GraphQLTestClient;
  beforeAll(async () => {
    // No in-process job worker: its queries would be counted by the N+1 test.
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    ({ world, brandA, brandB, admin } = await worldWithBrandsAndAdmin(api));
  });
  afterAll(() => api?.stop());

  it('creates a product for the caller’s own brand, PENDING, with exact money and an audit event', async () => {
    // The largest amount the API accepts comes back digit for digit (strings and bigint throughout).
    const { createProduct } = await brandA.ok(CREATE, { input: input({ listPrice: { amountMinor: '999999999999999', currency: 'RUB' } }) });
    expect(createProduct).toMatchObject({
      status: 'PENDING',
      listPrice: { amountMinor: '999999999999999', currency: 'RUB' },
      brand: { id: world.brandA.brandId },
    });
    const audit = await api.db.orm.em.fork().find(AuditEvent, { entityId: createProduct.id });
    expect(audit.map((a) => [a.action, a.after?.listPriceMinor])).toEqual([['product.created', '999999999999999']]);
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const before = await api.db.orm.em.fork().count(Product);
    const res = await brandA.request(CREATE, {
      input: input({ sku: ' ', name: 'x', barcode: '12ab', listPrice: { amountMinor: '-5', currency: 'rub' } }),
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fields as object).sort()).toEqual([
      'barcode',
      'listPrice.amountMinor',
      'listPrice.currency',
      'name',
      'sku',
    ]);
    const float = await brandA.request(CREATE, { input: input({ listPrice: { amountMinor: '12.50', currency: 'RUB' } }) });
    expect(float.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'listPrice.amountMinor': expect.any(String) } });
    expect(await api.db.orm.em.fork().count(Product)).toBe(before);
  });

  it('keeps SKUs unique per brand: CONFLICT in the same brand, fine in another', async () => {
    const res = await brandA.request(CREATE, { input: input({ sku: world.productA.sku }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: { sku: expect.any(String) } });
    const other = await brandB.ok(CREATE, { input: input({ sku: world.productA.sku }) });
    expect(other.createProduct.brand.id).toBe(world.brandB.brandId);
  });

  it('lists only the brand’s own products; another brand’s product is NOT_FOUND, also for updates', async () => {
    const { products } = await brandA.ok(LIST, { page: { limit: 100 } });
    expect(products.items.every((p: any) => p.brand.id === world.brandA.brandId)).toBe(true);
    expect(products.items.map((p: any) => p.id)).toContain(world.productA.productId);
    expect(await brandA.code(`query P($id: ID!) { product(id: $id) { id } }`, { id: world.productB.productId })).toBe('NOT_FOUND');
    expect(await brandA.code(UPDATE, { input: { id: world.productB.productId, name: 'Hijacked' } })).toBe('NOT_FOUND');
    expect((await api.db.orm.em.fork().findOneOrFail(Product, world.productB.productId)).name).toBe('Washer');
  });

  it('searches, filters and sorts by price', async () => {
    await brandA.ok(CREATE, {
      input: input({ sku: 'CHEAP-1', name: 'Cable', category: 'Accessories', listPrice: { amountMinor: '99000', currency: 'RUB' } }),
    });
    const bySearch = await brandA.ok(LIST, { filter: { search: 'accessor' } });
    expect(bySearch.products.items.map((p: any) => p.sku)).toEqual(['CHEAP-1']);
    const cheapestFirst = await brandA.ok(LIST, { sort: { field: 'LIST_PRICE', direction: 'ASC' } });
    const prices = cheapestFirst.products.items.map((p: any) => BigInt(p.listPrice.amountMinor));
    expect([...prices].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(prices);
  });

  it('moderates: the admin approves, the brand is notified; an edit sends it back to PENDING', async () => {
    const id = world.productA.productId;
    const { moderateProduct } = await admin.ok(MODERATE, { input: { id, decision: 'APPROVE' } });
    expect(moderateProduct).toMatchObject({ status: 'APPROVED', decisions: [{ decision: 'APPROVED' }] });
    expect(await api.db.orm.em.fork().count(Notification, { recipient: world.brandA.userId, template: 'product.approved' })).toBe(1);

    const same = await brandA.ok(UPDATE, { input: { id, name: 'TV 55' } });
    expect(same.updateProduct.status).toBe('APPROVED'); // nothing changed, nothing to re-check
    const edited = await brandA.ok(UPDATE, { input: { id, listPrice: { amountMinor: '5199000', currency: 'RUB' } } });
    expect(edited.updateProduct).toMatchObject({ status: 'PENDING', listPrice: { amountMinor: '5199000' } });
    const history = await api.db.orm.em.fork().find(AuditEvent, { entityId: id, action: 'product.updated' });
    expect(history[0]).toMatchObject({
      before: { listPriceMinor: '5499000', status: 'APPROVED' },
      after: { listPriceMinor: '5199000', status: 'PENDING' },
    });
  });

  it('requires a reason to reject, which the brand then sees', async () => {
    const id = world.productB.productId;
    expect(await admin.code(MODERATE, { input: { id, decision: 'REJECT' } })).toBe('BAD_USER_INPUT');
    await admin.ok(MODERATE, { input: { id, decision: 'REJECT', reason: 'Photo missing' } });
    const { product } = await brandB.ok(`query P($id: ID!) { product(id: $id) { status rejectionReason } }`, { id });
    expect(product).toEqual({ status: 'REJECTED', rejectionReason: 'Photo missing' });
  });

  it('lists with the same number of SQL statements for 1 row as for many', async () => {
    const counter = countQueries(api.db.orm);
    // Oldest first, so both pages start with the fixture products that have moderation decisions.
    const query = `query L($page: PageInput) { products(page: $page, sort: { field: CREATED_AT, direction: ASC }) { total items { id brand { legalName } decisions { moderatorName } listPrice { amountMinor } } } }`;
    const one = await counter.during(() => admin.ok(query, { page: { limit: 1 } }));
    const many = await counter.during(() => admin.ok(query, { page: { limit: 100 } }));
    expect(one).toBeGreaterThan(0);
    counter.stop();
    expect(many).toBe(one);
  });
});
