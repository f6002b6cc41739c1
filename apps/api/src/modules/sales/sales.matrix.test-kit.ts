import { expect } from 'vitest';
import { nextSeq, only, type Env, type Row } from '../../test/matrix-kit';
import { Sale, SaleLine } from './sale.entity';
import { ReceiptVerification, SaleSource, SaleStatus } from './sale.enums';

/**
 * The sales feature's rows of the authorization matrix. Every sale here is participant A's in brand A's
 * shared promotion (open to partner A only): another participant's, partner's or brand's sale is
 * NOT_FOUND, and only admins decide.
 */

/** A pending sale of participant A's in the shared promotion, straight into the database. */
export async function seedSale(env: Env): Promise<string> {
  const em = env.api.db.orm.em.fork();
  const sale = em.create(Sale, {
    source: SaleSource.RECEIPT_CLAIM,
    participant: env.world.participantA.participantId,
    promotion: env.shared.promotionId,
    brand: env.world.brandA.brandId,
    member: env.shared.memberId,
    amountMinor: 5_499_000n,
    currency: 'RUB',
    receiptNumber: `M-${nextSeq()}-${Date.now()}`,
    receiptDate: new Date(),
    verification: ReceiptVerification.NOT_APPLICABLE,
    rewardMinor: 10_000n,
    explanation: { steps: [] },
  });
  em.create(SaleLine, { sale, product: env.world.productA.productId, quantity: 1, unitPriceMinor: 5_499_000n, position: 0 });
  await em.flush();
  return sale.id;
}

const statusOf = async (env: Env, id: string) => (await env.api.db.orm.em.fork().findOneOrFail(Sale, id)).status;

const lines = (env: Env) => [{ productId: env.world.productA.productId, quantity: 1, unitPriceMinor: '5499000' }];

/** A list row: `allowed` callers succeed and see only sales they may (checked by `own`). */
function listRow(
  operation: string,
  query: string,
  allowed: Parameters<typeof only>[0],
  own: (env: Env, actor: string, sale: any) => boolean,
): Row {
  return {
    operation,
    run: async ({ client }, env) => {
      await seedSale(env);
      return client.request(query);
    },
    expect: only(allowed),
    async verify({ actor }, env, outcome, res) {
      if (outcome !== 'OK') return;
      const items = (Object.values(res.data)[0] as { items: any[] }).items;
      expect(items.every((s) => own(env, actor, s))).toBe(true);
    },
  };
}

const ownSale = (env: Env, actor: string, s: any) =>
  actor === 'admin' ||
  (
    {
      participantA: env.world.participantA.participantId,
      participantB: env.world.participantB.participantId,
      partnerA: env.world.participantA.participantId,
      brandA: env.world.participantA.participantId,
    } as Record<string, string>
  )[actor] === s.participant.id;

export const SALES_ROWS: Row[] = [
  {
    operation: 'Mutation.submitSale',
    async run({ client }, env) {
      const number = `MX-${nextSeq()}-${Date.now()}`;
      const res = await client.request(`mutation S($input: SubmitSaleInput!) { submitSale(input: $input) { id } }`, {
        input: { promotionId: env.shared.promotionId, receipt: { number, date: new Date().toISOString() }, lines: lines(env) },
      });
      return { ...res, data: { ...res.data, number } };
    },
    // Participant B's partner is not in the shared promotion's audience: it is NOT_FOUND to them.
    expect: only({ participantA: 'OK', participantB: 'NOT_FOUND' }),
    async verify(_cell, env, outcome, res) {
      const stored = await env.api.db.orm.em.fork().count(Sale, { receiptNumber: res.data.number });
      expect(stored).toBe(outcome === 'OK' ? 1 : 0);
    },
  },
  {
    operation: 'Query.previewSaleReward',
    run: ({ client }, env) =>
      client.request(`query P($input: SaleRewardPreviewInput!) { previewSaleReward(input: $input) { amount { amountMinor } } }`, {
        input: { promotionId: env.shared.promotionId, lines: lines(env) },
      }),
    expect: only({ participantA: 'OK', participantB: 'NOT_FOUND' }),
  },
  {
    operation: 'Query.sale',
    async run({ client }, env) {
      return client.request(`query G($id: ID!) { sale(id: $id) { id riskFlags { kind } } }`, { id: await seedSale(env) });
    },
    expect: only({
      admin: 'OK',
      brandA: 'OK',
      brandB: 'NOT_FOUND',
      partnerA: 'OK',
      partnerB: 'NOT_FOUND',
      participantA: 'OK',
      participantB: 'NOT_FOUND',
    }),
    async verify({ actor }, _env, outcome, res) {
      // Risk flags are the moderator's: null to everyone else who reads the sale.
      if (outcome === 'OK') expect(res.data.sale.riskFlags === null).toBe(actor !== 'admin');
    },
  },
  listRow('Query.mySales', `{ mySales { items { id participant { id } } } }`, { participantA: 'OK', participantB: 'OK' }, ownSale),
  listRow('Query.salesQueue', `{ salesQueue { items { id participant { id } } } }`, { admin: 'OK' }, ownSale),
  listRow(
    'Query.partnerSales',
    `{ partnerSales { items { id participant { id } } } }`,
    { partnerA: 'OK', partnerB: 'OK' },
    (env, actor, s) => (actor === 'partnerA' ? s.participant.id === env.world.participantA.participantId : false),
  ),
  listRow(
    'Query.brandSales',
    `{ brandSales { items { id participant { id } } } }`,
    { brandA: 'OK', brandB: 'OK' },
    (_env, actor) => actor === 'brandA',
  ),
  {
    operation: 'Query.partnerParticipantStats',
    run: async ({ client }, env) => {
      await seedSale(env);
      return client.request(`{ partnerParticipantStats { items { participant { id } salesCount } } }`);
    },
    expect: only({ partnerA: 'OK', partnerB: 'OK' }),
    async verify({ actor }, env, outcome, res) {
      if (outcome !== 'OK') return;
      const ids = res.data.partnerParticipantStats.items.map((r: any) => r.participant.id);
      expect(ids).toEqual(actor === 'partnerA' ? [env.world.participantA.participantId] : []);
    },
  },
  {
    operation: 'Mutation.approveSales',
    async run({ client }, env) {
      const id = await seedSale(env);
      const res = await client.request(`mutation A($ids: [ID!]!) { approveSales(input: { saleIds: $ids }) { outcome } }`, { ids: [id] });
      return { ...res, data: { ...res.data, id } };
    },
    expect: only({ admin: 'OK' }),
    async verify(_cell, env, outcome, res) {
      expect(await statusOf(env, res.data.id)).toBe(outcome === 'OK' ? SaleStatus.APPROVED : SaleStatus.PENDING);
    },
  },
  {
    operation: 'Mutation.rejectSales',
    async run({ client }, env) {
      const id = await seedSale(env);
      const res = await client.request(
        `mutation R($ids: [ID!]!) { rejectSales(input: { saleIds: $ids, reason: { code: OTHER, text: "matrix" } }) { outcome } }`,
        { ids: [id] },
      );
      return { ...res, data: { ...res.data, id } };
    },
    expect: only({ admin: 'OK' }),
    async verify(_cell, env, outcome, res) {
      expect(await statusOf(env, res.data.id)).toBe(outcome === 'OK' ? SaleStatus.REJECTED : SaleStatus.PENDING);
    },
  },
];
