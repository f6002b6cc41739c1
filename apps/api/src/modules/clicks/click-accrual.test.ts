import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { accountId, LedgerAccountKind } from '../ledger/ledger-accounts';
import { clickAccrualKey } from '../ledger/ledger.clicks';
import { accrueClicksForDay, pruneClickUniques } from './click-accrual';
import { accrueClicksJob } from './clicks.jobs';
import { seedLink, type SeededLink } from './clicks.test-kit';

const DAY = '2026-12-01';

describe('cost-per-click rewards (PER_CLICK)', () => {
  let api: TestApi;
  let world: World;
  const sql = <T = unknown>(q: string, p: unknown[] = []) => api.db.orm.em.fork().execute<T[]>(q, p);

  /** Clicks straight into the log: `unique` counted ones and `repeats` that are not, at hours of DAY (UTC). */
  async function clicks(link: SeededLink, unique: number, repeats = 0, day = DAY): Promise<void> {
    for (let i = 0; i < unique + repeats; i += 1) {
      await sql(
        `insert into tracking_click (click_id, link_id, member_id, promotion_id, participant_id, clicked_at, visitor_hash, agent_class, is_unique)
         values (?, ?, ?, ?, ?, ?::date + make_interval(mins => ?), ?, 'BROWSER', ?)`,
        [randomUUID(), link.linkId, link.memberId, link.promotionId, link.participantId, day, i * 7, `v${i}`.padEnd(64, '0'), i < unique],
      );
    }
  }
  const available = async (participantId: string) => {
    const [row] = await sql<{ balance: string }>(
      `select coalesce(sum(balance), 0)::text as balance from ledger_balance where account_id = ?`,
      [accountId({ kind: LedgerAccountKind.PARTICIPANT_AVAILABLE, ownerId: participantId })],
    );
    return BigInt(row!.balance);
  };
  const journals = (memberId: string) =>
    sql<{ source_type: string; kind: string }>(`select source_type::text, kind::text from ledger_journal where idempotency_key = ?`, [
      clickAccrualKey(memberId, DAY),
    ]);

  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
  });
  afterAll(() => api?.stop());

  it('pays value x unique clicks of the day once, straight to AVAILABLE, even when runs race and repeat', async () => {
    const link = await seedLink(api.db.orm, world, { perClickMinor: 150n });
    await clicks(link, 3, 4);
    await clicks(link, 5, 0, '2026-12-02'); // the next day is not this day's
    const runs = await Promise.all([
      accrueClicksForDay(api.db.orm, DAY),
      accrueClicksForDay(api.db.orm, DAY),
      accrueClicksForDay(api.db.orm, DAY),
    ]);
    expect(runs.reduce((n, r) => n + r.posted, 0)).toBe(1);
    expect(await accrueClicksForDay(api.db.orm, DAY)).toEqual({ settled: 0, posted: 0 });
    // The scheduled job's handler, asked for the same day, changes nothing either.
    await accrueClicksJob.work(
      { orm: api.db.orm, log: pino({ level: 'silent' }), jobs: api.services.jobs, config: api.services.config },
      { day: DAY },
      'job-1',
    );
    expect(await journals(link.memberId)).toEqual([{ source_type: 'CLICKS', kind: 'ACCRUAL' }]);
    expect(await available(link.participantId)).toBe(450n);
    const [accrual] = await sql<{ clicks: number; amount_minor: string }>(
      `select clicks, amount_minor::text from click_accrual where member_id = ?`,
      [link.memberId],
    );
    expect(accrual).toEqual({ clicks: 3, amount_minor: '450' });
  });

  it('uses the member’s override value; members of other payout kinds earn nothing for clicks', async () => {
    const perClick = await seedLink(api.db.orm, world, { perClickMinor: 150n, participantId: world.participantB.participantId });
    await sql(`update promotion_member set override_value = 40 where id = ?`, [perClick.memberId]);
    const perUnit = await seedLink(api.db.orm, world);
    await clicks(perClick, 2);
    await clicks(perUnit, 6);
    const before = await available(world.participantA.participantId);
    await accrueClicksForDay(api.db.orm, DAY);
    expect(await available(world.participantB.participantId)).toBe(80n);
    expect(await journals(perUnit.memberId)).toEqual([]);
    expect(await available(world.participantA.participantId)).toBe(before);
  });

  it('respects the per-participant cap and the promotion budget (sale rewards and earlier clicks count)', async () => {
    const first = await seedLink(api.db.orm, world, { perClickMinor: 100n });
    // Participant A already has balances from the tests above: measure the change.
    const aBefore = await available(world.participantA.participantId);
    await sql(`update promotion set per_participant_cap_minor = 250, budget_cap_minor = 400 where id = ?`, [first.promotionId]);
    await clicks(first, 3); // 300, capped at 250 for A
    await accrueClicksForDay(api.db.orm, DAY);
    expect((await available(world.participantA.participantId)) - aBefore).toBe(250n);

    const [option] = await sql<{ id: string }>(`select payout_option_id as id from promotion_member where id = ?`, [first.memberId]);
    const second = await seedLink(api.db.orm, world, { promotionId: first.promotionId, participantId: world.participantB.participantId });
    await sql(`update promotion_member set payout_option_id = ? where id = ?`, [option!.id, second.memberId]);
    await clicks(second, 3); // 300, but only 150 of the budget is left
    const bBefore = await available(world.participantB.participantId);
    await accrueClicksForDay(api.db.orm, DAY);
    expect((await available(world.participantB.participantId)) - bBefore).toBe(150n);

    // The budget is used up: the next day settles at 0 and posts nothing.
    await clicks(second, 2, 0, '2026-12-05');
    expect(await accrueClicksForDay(api.db.orm, '2026-12-05')).toEqual({ settled: 1, posted: 0 });
    const [zero] = await sql<{ amount_minor: string }>(
      `select amount_minor::text from click_accrual where member_id = ? and day = '2026-12-05'`,
      [second.memberId],
    );
    expect(zero!.amount_minor).toBe('0');
  });

  it('forgets who was counted in an hour once the hour is two days old', async () => {
    const link = await seedLink(api.db.orm, world);
    await sql(
      `insert into click_unique (link_id, visitor_hash, hour) values (?, 'old', now() - interval '3 days'), (?, 'new', date_trunc('hour', now()))`,
      [link.linkId, link.linkId],
    );
    expect(await pruneClickUniques(api.db.orm)).toBeGreaterThanOrEqual(1);
    const left = await sql<{ visitor_hash: string }>(`select visitor_hash from click_unique where link_id = ?`, [link.linkId]);
    expect(left).toEqual([{ visitor_hash: 'new' }]);
  });

  it('refuses a malformed day', async () => {
    await expect(accrueClicksForDay(api.db.orm, '2026-13-45')).rejects.toThrow('not a day');
    await expect(accrueClicksForDay(api.db.orm, "2026-12-01'; drop")).rejects.toThrow('not a day');
  });
});
