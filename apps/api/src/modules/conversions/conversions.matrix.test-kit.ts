import { expect } from 'vitest';
import { nextSeq, only, statuses, type Env, type Row, type RouteRow } from '../../test/matrix-kit';
import { seedSale } from '../sales/sales.matrix.test-kit';
import { CONVERSIONS_PATH, REFUNDS_PATH } from './postback.routes';

const brands = () => only({ brandA: 'OK', brandB: 'OK' });
const brandAOnly = () => only({ brandA: 'OK', brandB: 'NOT_FOUND' });

/** A key of brand A's, made straight in the table (the GraphQL rows test the mutation itself). */
async function brandAKey(env: Env): Promise<string> {
  const [row] = await env.api.db.orm.em.fork().execute<{ id: string }[]>(
    `insert into brand_api_key (id, brand_id, name, prefix, secret_hash, secret_sealed)
     values (gen_random_uuid(), ?, 'matrix', ?, ?, 'v1.x.y.z') returning id`,
    [env.world.brandA.brandId, `mx${String(nextSeq()).padStart(10, '0')}`, `${Date.now()}-${nextSeq()}`.padEnd(64, '0')],
  );
  return row!.id;
}

/** One of brand A's sales made a conversion (an order id), approved. */
async function brandAConversion(env: Env): Promise<string> {
  const saleId = await seedSale(env);
  await env.api.db.orm.em
    .fork()
    .execute(`update sale set order_id = ?, status = 'APPROVED', conversion_kind = 'MANUAL' where id = ?`, [
      `MX-${nextSeq()}-${Date.now()}`,
      saleId,
    ]);
  return saleId;
}

const RESULT = `saleId orderId status amount { amountMinor } refunded { amountMinor } commission { amountMinor } commissionReversed { amountMinor } attributionReason`;

export const CONVERSIONS_ROWS: Row[] = [
  {
    operation: 'Query.myApiKeys',
    async run({ client }, env) {
      await brandAKey(env);
      return client.request(`{ myApiKeys { id name prefix createdAt lastUsedAt revokedAt } }`);
    },
    expect: brands(),
    async verify({ actor }, env, outcome, res) {
      if (outcome !== 'OK') return;
      const own = await env.api.db.orm.em
        .fork()
        .execute<{ id: string }[]>(`select id from brand_api_key where brand_id = ?`, [
          actor === 'brandA' ? env.world.brandA.brandId : env.world.brandB.brandId,
        ]);
      expect(res.data.myApiKeys.map((k: { id: string }) => k.id).sort()).toEqual(own.map((r) => r.id).sort());
    },
  },
  {
    operation: 'Mutation.createApiKey',
    run: ({ client }) =>
      client.request(`mutation C($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id prefix } secret } }`, {
        input: { name: `Matrix ${nextSeq()}` },
      }),
    expect: brands(),
    async verify(_cell, _env, outcome, res) {
      if (outcome === 'OK') expect(res.data.createApiKey.secret).toMatch(/^mtv_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    },
  },
  {
    operation: 'Mutation.revokeApiKey',
    // Everyone tries to revoke a key of brand A's: brand B gets NOT_FOUND, as for a missing key.
    async run({ client }, env) {
      const id = await brandAKey(env);
      const res = await client.request(`mutation R($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`, { id });
      return { ...res, data: { ...res.data, id } };
    },
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      const [row] = await env.api.db.orm.em
        .fork()
        .execute<{ revoked_at: Date | null }[]>(`select revoked_at from brand_api_key where id = ?`, [res.data.id]);
      expect(row!.revoked_at !== null).toBe(outcome === 'OK');
    },
  },
  {
    operation: 'Mutation.recordManualSale',
    // Everyone enters a sale for brand A's member: brand B gets NOT_FOUND and nothing is stored.
    async run({ client }, env) {
      const orderId = `MXM-${nextSeq()}-${Date.now()}`;
      const res = await client.request(`mutation M($input: RecordManualSaleInput!) { recordManualSale(input: $input) { ${RESULT} } }`, {
        input: {
          memberId: env.shared.memberId,
          orderId,
          orderedAt: new Date().toISOString(),
          lines: [{ productId: env.world.productA.productId, quantity: 1, unitPriceMinor: '100000' }],
        },
      });
      return { ...res, data: { ...res.data, orderId } };
    },
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      const rows = await env.api.db.orm.em.fork().execute(`select 1 from sale where order_id = ?`, [res.data.orderId]);
      expect(rows.length).toBe(outcome === 'OK' ? 1 : 0);
      if (outcome === 'OK') expect(res.data.recordManualSale.attributionReason).toBe('entered by the brand');
    },
  },
  {
    operation: 'Mutation.refundConversion',
    async run({ client }, env) {
      const saleId = await brandAConversion(env);
      const res = await client.request(`mutation F($input: RefundConversionInput!) { refundConversion(input: $input) { ${RESULT} } }`, {
        input: { saleId, refundId: `R-${nextSeq()}`, amountMinor: '1000' },
      });
      return { ...res, data: { ...res.data, saleId } };
    },
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      const [row] = await env.api.db.orm.em
        .fork()
        .execute<{ refunded_minor: string }[]>(`select refunded_minor from sale where id = ?`, [res.data.saleId]);
      expect(row!.refunded_minor).toBe(outcome === 'OK' ? '1000' : '0');
    },
  },
];

/** A session is no credential for a postback: every caller, brands included, is refused (401 UNAUTHENTICATED) and nothing is stored. */
const postbackRow = (path: string): RouteRow => ({
  route: `POST ${path}`,
  request: () => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orderId: `MXP-${nextSeq()}` }) }),
  expect: statuses({}, 401),
  async verify(_actor, env, request) {
    const { orderId } = JSON.parse(String(request.body)) as { orderId: string };
    expect(await env.api.db.orm.em.fork().execute(`select 1 from sale where order_id = ?`, [orderId])).toHaveLength(0);
  },
});

export const CONVERSIONS_ROUTE_ROWS: RouteRow[] = [postbackRow(CONVERSIONS_PATH), postbackRow(REFUNDS_PATH)];
