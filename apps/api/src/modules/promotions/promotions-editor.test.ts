import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { signIn, worldWithBrandsAndAdmin, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { AuditEvent } from '../audit/audit-event.entity';
import { Product } from '../products/product.entity';
import { PayoutOption } from './payout-option.entity';
import { Promotion } from './promotion.entity';
import { activePromotion, CREATE_PROMOTION, days, GET_PROMOTION, promotionInput, SUBMIT, UPDATE_PROMOTION } from './promotion.test-kit';

/** The brand's editor: a draft with its payout options, the inputs it refuses, edits to options and to a live promotion, and no other brand's hands on it. */
describe('promotions: editor and payout options', () => {
  let api: TestApi;
  let world: World;
  let brandA: GraphQLTestClient;
  let brandB: GraphQLTestClient;
  let admin: GraphQLTestClient;
  const count = (entity: any, where: object = {}) => api.db.orm.em.fork().count(entity, where);

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    ({ world, brandA, brandB, admin } = await worldWithBrandsAndAdmin(api));
  });
  afterAll(() => api?.stop());

  it('creates a DRAFT with its payout options, exact money and one audit event per part', async () => {
    const { createPromotion: p } = await brandA.ok(CREATE_PROMOTION, {
      input: promotionInput([world.productA.productId], {
        budgetCapMinor: '999999999999999',
        payoutOptions: [
          {
            name: 'Per TV',
            kind: 'PER_UNIT',
            value: '50000',
            isDefault: true,
            productValues: [{ productId: world.productA.productId, value: '70000' }],
          },
          { name: 'Five percent', kind: 'PERCENT_OF_SALE', value: '500' },
        ],
      }),
    });
    expect(p).toMatchObject({
      status: 'DRAFT',
      holdingDays: 14,
      budgetCap: { amountMinor: '999999999999999', currency: 'RUB' },
      trackingModes: ['PROMO_CODE', 'RECEIPT_CLAIM'],
    });
    expect(p.products.map((x: any) => x.id)).toEqual([world.productA.productId]);
    expect(p.payoutOptions.map((o: any) => [o.name, o.kind, o.value, o.isDefault])).toEqual([
      ['Per TV', 'PER_UNIT', '50000', true],
      ['Five percent', 'PERCENT_OF_SALE', '500', false],
    ]);
    expect(p.payoutOptions[0].productValues).toEqual([{ productId: world.productA.productId, value: '70000' }]);
    const events = await api.db.orm.em.fork().find(AuditEvent, { scopeId: p.id }, { orderBy: { action: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['payout_option.created', 'payout_option.created', 'promotion.created']);
  });

  it.each([
    ['unknown product', { productIds: ['00000000-0000-4000-8000-000000000000'] }, 'productIds'],
    ['another brand’s product', { productIds: ['PRODUCT_B'] }, 'productIds'],
    [
      'percent over 100',
      { payoutOptions: [{ name: 'Too much', kind: 'PERCENT_OF_SALE', value: '10001', isDefault: true }] },
      'payoutOptions.0.value',
    ],
    [
      'a negative value',
      { payoutOptions: [{ name: 'Neg', kind: 'FLAT_PER_SALE', value: '-1', isDefault: true }] },
      'payoutOptions.0.value',
    ],
    [
      'a float value',
      { payoutOptions: [{ name: 'Float', kind: 'FLAT_PER_SALE', value: '10.5', isDefault: true }] },
      'payoutOptions.0.value',
    ],
    [
      'no default option',
      {
        payoutOptions: [
          { name: 'A', kind: 'PER_UNIT', value: '1' },
          { name: 'B', kind: 'PER_UNIT', value: '2' },
        ],
      },
      'payoutOptions',
    ],
    [
      'two default options',
      {
        payoutOptions: [
          { name: 'A', kind: 'PER_UNIT', value: '1', isDefault: true },
          { name: 'B', kind: 'PER_UNIT', value: '2', isDefault: true },
        ],
      },
      'payoutOptions',
    ],
    ['end before start (dates overlap backwards)', { startsAt: days(10), endsAt: days(5) }, 'endsAt'],
    [
      'per-product value for a product not in the promotion',
      {
        payoutOptions: [
          { name: 'A', kind: 'PER_UNIT', value: '1', isDefault: true, productValues: [{ productId: 'PRODUCT_B', value: '5' }] },
        ],
      },
      'payoutOptions.0.productValues.0.productId',
    ],
    ['no tracking mode', { trackingModes: [] }, 'trackingModes'],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_name, over, field) => {
    const fix = JSON.parse(JSON.stringify(over).replaceAll('PRODUCT_B', world.productB.productId));
    const before = [await count(Promotion), await count(PayoutOption), await count(AuditEvent)];
    const res = await brandA.request(CREATE_PROMOTION, { input: promotionInput([world.productA.productId], fix) });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toContain(field);
    expect([await count(Promotion), await count(PayoutOption), await count(AuditEvent)]).toEqual(before);
  });

  it('updates options as a set: edits in place, adds, removes, moves the default, audits each change', async () => {
    const { createPromotion: p } = await brandA.ok(CREATE_PROMOTION, { input: promotionInput([world.productA.productId]) });
    const [standard, premium] = p.payoutOptions;
    const { updatePromotion: u } = await brandA.ok(UPDATE_PROMOTION, {
      input: {
        id: p.id,
        endsAt: days(60),
        payoutOptions: [
          { id: premium.id, name: 'Premium', kind: 'PERCENT_OF_SALE', value: '750', isDefault: true },
          { name: 'Flat', kind: 'FLAT_PER_SALE', value: '10000' },
        ],
      },
    });
    expect(u.payoutOptions.map((o: any) => [o.id === premium.id, o.name, o.value, o.isDefault])).toEqual([
      [true, 'Premium', '750', true],
      [false, 'Flat', '10000', false],
    ]);
    const events = await api.db.orm.em
      .fork()
      .find(AuditEvent, { scopeId: p.id, action: { $ne: 'payout_option.created' } }, { orderBy: { createdAt: 'asc' } });
    const byAction = Object.fromEntries(events.map((e) => [`${e.action}:${e.entityId}`, e]));
    expect(byAction[`payout_option.removed:${standard.id}`]?.before).toMatchObject({ name: 'Standard', value: '50000' });
    expect(byAction[`payout_option.updated:${premium.id}`]).toMatchObject({
      before: { value: '500', isDefault: false },
      after: { value: '750', isDefault: true },
    });
    expect(byAction[`promotion.updated:${p.id}`]?.after).toEqual({ endsAt: expect.any(String) });
  });

  it('a live promotion keeps its start and takes only approved products', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    expect(await brandA.code(UPDATE_PROMOTION, { input: { id, startsAt: days(-5) } })).toBe('BAD_USER_INPUT');
    const em = api.db.orm.em.fork();
    const pending = em.create(Product, {
      brand: world.brandA.brandId,
      sku: `LIVE-${Date.now()}`,
      name: 'Not yet approved',
      listPriceMinor: 100n,
    });
    await em.flush();
    const res = await brandA.request(UPDATE_PROMOTION, { input: { id, productIds: [world.productA.productId, pending.id] } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { promotion } = await brandA.ok(GET_PROMOTION, { id });
    expect(promotion.products.map((p: any) => p.id)).toEqual([world.productA.productId]);
    const { updatePromotion } = await brandA.ok(UPDATE_PROMOTION, { input: { id, endsAt: days(45), description: 'Extended' } });
    expect(updatePromotion.endsAt.slice(0, 10)).toBe(days(45).slice(0, 10));
  });

  it('another brand can neither read nor change the promotion; partners never see drafts', async () => {
    const { createPromotion: p } = await brandA.ok(CREATE_PROMOTION, { input: promotionInput([world.productA.productId]) });
    expect(await brandB.code(GET_PROMOTION, { id: p.id })).toBe('NOT_FOUND');
    expect(await brandB.code(UPDATE_PROMOTION, { input: { id: p.id, name: 'Hijacked' } })).toBe('NOT_FOUND');
    expect(await brandB.code(SUBMIT, { id: p.id })).toBe('NOT_FOUND');
    const partner = await signIn(api, world.partnerA.email);
    expect(await partner.code(GET_PROMOTION, { id: p.id })).toBe('NOT_FOUND');
    expect((await api.db.orm.em.fork().findOneOrFail(Promotion, p.id)).name).toBe(p.name);
  });
});
