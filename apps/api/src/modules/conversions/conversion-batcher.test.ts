import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { verifyLedger } from '../ledger/ledger.verify';
import { SaleSource, ConversionKind } from '../sales/sale.enums';
import { writeConversionBatched } from './conversion-batcher';
import type { ConversionRecord } from './conversion-write';
import { postbackWorld, type PostbackWorld } from './conversions.test-kit';

describe('the conversion batcher: writes together, and alone when a batch fails', () => {
  let api: TestApi;
  let w: PostbackWorld;
  const em = () => api.db.orm.em.fork();

  /** A conversion as recordConversion plans it: 100,000 ordered, 5,000 held for a week. */
  const record = (participantId: string, memberId: string): ConversionRecord => ({
    saleId: randomUUID(),
    brandId: w.world.brandA.brandId,
    promotionId: w.promotionId,
    participantId,
    currency: 'RUB',
    input: {
      orderId: `BATCH-${randomUUID()}`,
      amountMinor: 100_000n,
      currency: 'RUB',
      lines: [],
      occurredAt: new Date(),
      kind: ConversionKind.SINGLE,
    },
    attribution: {
      memberId,
      promotionId: w.promotionId,
      source: SaleSource.MANUAL,
      promoCodeId: null,
      clickId: null,
      rule: null,
      reason: 'test',
    },
    rewardMinor: 5_000n,
    explanation: { steps: [] },
    lines: [],
    customerHash: null,
    customerContact: null,
    releaseAt: new Date(Date.now() + 7 * 86_400_000),
  });

  beforeAll(async () => {
    api = await startTestApi({ DATABASE_POOL_MAX: '20' });
    w = await postbackWorld(api);
  });
  afterAll(() => api?.stop());

  it('one conversion that the database refuses fails alone; the others waiting with it are written', async () => {
    const good = Array.from({ length: 12 }, (_, i) =>
      record(i % 2 ? w.world.participantA.participantId : w.world.participantB.participantId, i % 2 ? w.memberA : w.memberB),
    );
    // A participant that does not exist: its sale breaks the foreign key, and with it the shared statement.
    const bad = record(randomUUID(), w.memberA);
    const all = [...good.slice(0, 6), bad, ...good.slice(6)];
    const outcomes = await Promise.allSettled(all.map((r) => writeConversionBatched(em(), { record: r, replay: null })));
    expect(outcomes[6]!.status).toBe('rejected');
    const written = outcomes.filter((_, i) => i !== 6);
    expect(written.every((o) => o.status === 'fulfilled' && o.value.inserted && o.value.fresh)).toBe(true);
    const orders = good.map((r) => r.input.orderId);
    const [stored] = await em().execute(
      `select count(*)::int as sales, count(l.sale_id)::int as lots from sale s left join ledger_held_lot l on l.sale_id = s.id
        where s.order_id = any(?::text[])`,
      [`{${orders.join(',')}}`],
    );
    expect(stored).toEqual({ sales: 12, lots: 12 });
    expect(await em().execute(`select 1 from sale where order_id = ?`, [bad.input.orderId])).toEqual([]);
    expect((await verifyLedger(em())).ok).toBe(true);
  });

  it('the same order twice in one batch is one sale: the second is told it was not inserted', async () => {
    const first = record(w.world.participantA.participantId, w.memberA);
    const second = { ...record(w.world.participantA.participantId, w.memberA), input: first.input };
    const [a, b] = await Promise.all([first, second].map((r) => writeConversionBatched(em(), { record: r, replay: null })));
    expect([a!.inserted, b!.inserted].sort()).toEqual([false, true]);
    expect(await em().execute(`select 1 from sale where order_id = ?`, [first.input.orderId])).toHaveLength(1);
  });
});
