import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { databaseUrl } from '../../test/database-server';
import { createWorld, type World } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { accountId, brandLiability, LedgerAccountKind, participantAccount } from './ledger-accounts';
import { readParticipantBalances } from './ledger.balance';
import { sweepDueLots } from './ledger.jobs';
import { accrueSaleReward, releaseSaleReward, reverseSaleReward } from './ledger.postings';
import { verifyLedger } from './ledger.verify';

const LATER = () => new Date(Date.now() + 7 * 86_400_000);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('ledger core: postings, guarantees in the database', () => {
  let api: TestApi;
  let world: World;
  let sql: Client;
  const fork = () => api.db.orm.em.fork() as EntityManager;
  const balances = (participantId = world.participantA.participantId) => readParticipantBalances(fork(), participantId);
  const accrue = (saleId: string, amountMinor: bigint, releaseAt = LATER(), em = fork()) =>
    em.transactional((tx) =>
      accrueSaleReward(tx as EntityManager, {
        saleId,
        participantId: world.participantA.participantId,
        brandId: world.brandA.brandId,
        amountMinor,
        releaseAt,
      }),
    );

  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    sql = new Client({ connectionString: databaseUrl(api.databaseName) });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await api?.stop();
  });

  it('accrues into HELD against the brand liability once per sale; a repeat is a no-op that keeps the transaction alive', async () => {
    const before = await balances();
    const saleId = randomUUID();
    expect(await accrue(saleId, 12_345n)).toBe(true);
    // The repeat runs inside a transaction that goes on to write and commit something else afterwards.
    const repeated = await fork().transactional(async (tx) => {
      const again = await accrueSaleReward(tx as EntityManager, {
        saleId,
        participantId: world.participantA.participantId,
        brandId: world.brandA.brandId,
        amountMinor: 12_345n,
        releaseAt: LATER(),
      });
      const [{ n }] = await tx.execute<{ n: string }[]>(`select count(*) n from ledger_journal where idempotency_key = ?`, [
        `sale:${saleId}:accrual`,
      ]);
      return { again, n };
    });
    expect(repeated).toEqual({ again: false, n: '1' });
    expect((await balances()).held - before.held).toBe(12_345n);
    const [brand] = (
      await sql.query(`select sum(balance)::text s from ledger_balance where account_id = $1`, [
        accountId(brandLiability(world.brandA.brandId)),
      ])
    ).rows;
    expect(BigInt(brand.s)).toBeLessThanOrEqual(-12_345n);
    expect((await verifyLedger(fork())).ok).toBe(true);
  });

  it('the same accrual posted concurrently 20 times makes one journal', async () => {
    const saleId = randomUUID();
    const before = await balances();
    const results = await Promise.all(Array.from({ length: 20 }, () => accrue(saleId, 1_000n)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const { rows } = await sql.query(`select count(*)::int n from ledger_journal where source_id = $1`, [saleId]);
    expect(rows[0].n).toBe(1);
    expect((await balances()).held - before.held).toBe(1_000n);
    expect((await verifyLedger(fork())).ok).toBe(true);
  });

  it('holding 0 days releases at once through the job: HELD -> AVAILABLE', async () => {
    const before = await balances();
    const saleId = randomUUID();
    await accrue(saleId, 500n, new Date());
    const after = await until(balances, (b) => b.available - before.available === 500n);
    expect(after.available - before.available).toBe(500n);
    expect(after.held).toBe(before.held);
    const { rows } = await sql.query(`select kind from ledger_journal where source_id = $1 order by created_at`, [saleId]);
    expect(rows.map((r) => r.kind)).toEqual(['ACCRUAL', 'RELEASE']);
  });

  it('the sweep releases due lots whose job was lost, and never releases one twice or early', async () => {
    const saleId = randomUUID();
    await accrue(saleId, 700n);
    // Make the lot due without its job (as if the queue lost it); the sweep of "now" must release it.
    await sql.query(`update ledger_held_lot set release_at = now() - interval '1 minute' where sale_id = $1`, [saleId]);
    const notYet = randomUUID();
    await accrue(notYet, 300n);
    const before = await balances();
    expect(await sweepDueLots(api.db.orm)).toBeGreaterThanOrEqual(1);
    expect(await releaseSaleReward(fork(), saleId)).toBe(false);
    const after = await balances();
    expect(after.available - before.available).toBe(700n);
    const { rows } = await sql.query(`select released_at from ledger_held_lot where sale_id = $1`, [notYet]);
    expect(rows[0].released_at).toBeNull();
  });

  it('reverses what a sale accrued from HELD or AVAILABLE, once; a sale that accrued nothing reverses nothing', async () => {
    const held = randomUUID();
    await accrue(held, 2_000n);
    let before = await balances();
    expect(await fork().transactional((tx) => reverseSaleReward(tx as EntityManager, { saleId: held, reason: 'Refunded' }))).toBe(true);
    expect(await reverseSaleReward(fork(), { saleId: held, reason: 'again' })).toBe(false);
    let after = await balances();
    expect(before.held - after.held).toBe(2_000n);

    const released = randomUUID();
    await accrue(released, 3_000n, new Date(Date.now() - 1000));
    await releaseSaleReward(fork(), released);
    before = await balances();
    expect(await reverseSaleReward(fork(), { saleId: released, reason: 'Refunded' })).toBe(true);
    after = await balances();
    expect(before.available - after.available).toBe(3_000n);
    expect(await reverseSaleReward(fork(), { saleId: randomUUID(), reason: 'never accrued' })).toBe(false);
    const { rows } = await sql.query(`select memo from ledger_journal where idempotency_key = $1`, [`sale:${held}:reversal`]);
    expect(rows[0].memo).toBe('Refunded');
    expect((await verifyLedger(fork())).ok).toBe(true);
  });

  it('a reversal the available balance cannot cover is INSUFFICIENT_BALANCE and changes nothing', async () => {
    const other = world.participantB.participantId;
    const saleId = randomUUID();
    await fork().transactional((tx) =>
      accrueSaleReward(tx as EntityManager, {
        saleId,
        participantId: other,
        brandId: world.brandB.brandId,
        amountMinor: 900n,
        releaseAt: new Date(0),
      }),
    );
    await releaseSaleReward(fork(), saleId);
    // Spend it as a withdrawal would, straight in SQL-free terms: AVAILABLE -> WITHDRAWING.
    await sql.query('begin');
    await sql.query(
      `insert into ledger_account (id, kind, owner_id, currency, guarded) values ($1, 'PARTICIPANT_WITHDRAWING', $2, 'RUB', true) on conflict do nothing`,
      [accountId(participantAccount(LedgerAccountKind.PARTICIPANT_WITHDRAWING, other)), other],
    );
    const j = randomUUID();
    await sql.query(
      `insert into ledger_journal (id, kind, source_type, source_id, idempotency_key) values ($1, 'WITHDRAWAL_HOLD', 'WITHDRAWAL', $1, $2)`,
      [j, `test:${j}`],
    );
    await sql.query(`insert into ledger_entry (journal_id, account_id, amount) values ($1, $2, -900), ($1, $3, 900)`, [
      j,
      accountId(participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, other)),
      accountId(participantAccount(LedgerAccountKind.PARTICIPANT_WITHDRAWING, other)),
    ]);
    await sql.query('commit');
    const error = await fork()
      .transactional((tx) => reverseSaleReward(tx as EntityManager, { saleId, reason: 'Refunded' }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INSUFFICIENT_BALANCE' });
    const { rows } = await sql.query(`select reversed_at from ledger_held_lot where sale_id = $1`, [saleId]);
    expect(rows[0].reversed_at).toBeNull();
    expect((await verifyLedger(fork())).ok).toBe(true);
  });

  describe('raw SQL against the database', () => {
    // A failed statement leaves the raw connection's transaction aborted; end it before the next test.
    afterEach(async () => {
      await sql.query('rollback');
    });
    const account = () => accountId(participantAccount(LedgerAccountKind.PARTICIPANT_HELD, world.participantA.participantId));
    const brand = () => accountId(brandLiability(world.brandA.brandId));
    const newJournal = async (key = `raw:${randomUUID()}`) => {
      const id = randomUUID();
      await sql.query(
        `insert into ledger_journal (id, kind, source_type, source_id, idempotency_key) values ($1, 'ADJUSTMENT', 'ADJUSTMENT', $1, $2)`,
        [id, key],
      );
      return id;
    };

    it('refuses an unbalanced journal at commit, and one with no entries', async () => {
      const count = async () => (await sql.query(`select count(*)::int n from ledger_journal`)).rows[0].n;
      const before = await count();
      await sql.query('begin');
      const id = await newJournal();
      await sql.query(`insert into ledger_entry (journal_id, account_id, amount) values ($1, $2, 100), ($1, $3, -99)`, [
        id,
        account(),
        brand(),
      ]);
      await expect(sql.query('commit')).rejects.toThrow(/unbalanced/);
      await sql.query('begin');
      await newJournal();
      await expect(sql.query('commit')).rejects.toThrow(/unbalanced/);
      expect(await count()).toBe(before);
    });

    it('refuses UPDATE, DELETE and TRUNCATE of entries and journals', async () => {
      const { rows } = await sql.query(`select id, journal_id from ledger_entry limit 1`);
      await expect(sql.query(`update ledger_entry set amount = amount + 1 where id = $1`, [rows[0].id])).rejects.toThrow(/append-only/);
      await expect(sql.query(`delete from ledger_entry where id = $1`, [rows[0].id])).rejects.toThrow(/append-only/);
      await expect(sql.query(`update ledger_journal set memo = 'x' where id = $1`, [rows[0].journal_id])).rejects.toThrow(/append-only/);
      await expect(sql.query(`delete from ledger_journal where id = $1`, [rows[0].journal_id])).rejects.toThrow(/append-only/);
      await expect(sql.query(`truncate ledger_entry cascade`)).rejects.toThrow(/append-only/);
    });

    it('refuses a duplicate idempotency key', async () => {
      const key = `raw:${randomUUID()}`;
      await sql.query('begin');
      const id = await newJournal(key);
      await sql.query(`insert into ledger_entry (journal_id, account_id, amount) values ($1, $2, 5), ($1, $3, -5)`, [
        id,
        account(),
        brand(),
      ]);
      await sql.query('commit');
      await expect(newJournal(key)).rejects.toThrow(/ledger_journal_idempotency_key_unique/);
    });

    it('refuses a participant balance below zero', async () => {
      await sql.query('begin');
      const id = await newJournal();
      await expect(
        sql.query(`insert into ledger_entry (journal_id, account_id, amount) values ($1, $2, -999999999), ($1, $3, 999999999)`, [
          id,
          account(),
          brand(),
        ]),
      ).rejects.toThrow(/ledger_balance_not_negative/);
      await sql.query('rollback');
    });
  });
});
