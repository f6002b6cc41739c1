import { randomUUID } from 'node:crypto';

export const name = 'balance-read';

const READS = Number(process.env.BENCH_READS ?? 3000);

/**
 * Seeds one participant's AVAILABLE account with `entries` entries (each journal balanced against the
 * platform account) by set-based SQL with triggers off (session_replication_role = replica: seeding
 * only, the benchmark's own reads go through the app), then sets its balance row to the entries' sum.
 */
async function seedAccount(env, entries) {
  const { accountId, participantAccount, platformAdjustments, LedgerAccountKind } = env.dist('modules/ledger/ledger-accounts.js');
  const participantId = randomUUID();
  const account = accountId(participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, participantId));
  const platform = accountId(platformAdjustments);
  const client = await env.pool.connect();
  try {
    await client.query('begin');
    await client.query(`set local session_replication_role = replica`);
    await client.query(
      `insert into ledger_account (id, kind, owner_id, currency, guarded) values ($1, 'PARTICIPANT_AVAILABLE', $2, 'RUB', true), ($3, 'PLATFORM_ADJUSTMENTS', null, 'RUB', false) on conflict do nothing`,
      [account, participantId, platform],
    );
    await client.query(
      `with j as (
         insert into ledger_journal (id, kind, source_type, source_id, idempotency_key)
         select gen_random_uuid(), 'ADJUSTMENT', 'ADJUSTMENT', gen_random_uuid(), 'bench:' || $1 || ':' || g from generate_series(1, $2) g
         returning id)
       insert into ledger_entry (journal_id, account_id, amount) select id, a.account, a.amount from j cross join (values ($3::uuid, 100::bigint), ($4::uuid, -100::bigint)) a (account, amount)`,
      [participantId, entries, account, platform],
    );
    // The balance rows the trigger would have kept: the account's, and the platform's counterpart.
    await client.query(
      `insert into ledger_balance as b (account_id, slot, guarded, balance) values ($1, 0, true, $2), ($3, 0, false, $4)
       on conflict (account_id, slot) do update set balance = b.balance + excluded.balance`,
      [account, 100 * entries, platform, -100 * entries],
    );
    await client.query('commit');
  } finally {
    client.release();
  }
  await env.pool.query('analyze ledger_entry; analyze ledger_balance');
  return participantId;
}

/**
 * Reads both accounts' balances in alternation, so a neighbour's load on a shared machine falls on both
 * series alike; answers each account's p50 and p95.
 */
async function readP95s(env, participantIds) {
  const { readParticipantBalances } = env.dist('modules/ledger/ledger.balance.js');
  const times = participantIds.map(() => []);
  for (let i = 0; i < 200; i++) for (const id of participantIds) await readParticipantBalances(env.orm.em.fork(), id); // warm-up
  for (let i = 0; i < READS; i++) {
    for (const [k, id] of participantIds.entries()) {
      const started = process.hrtime.bigint();
      await readParticipantBalances(env.orm.em.fork(), id);
      times[k].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return times.map((t) => ({ p50: env.percentile(t, 50), p95: env.percentile(t, 95) }));
}

export async function run(env) {
  const sizes = [Number(process.env.BENCH_SMALL_ENTRIES ?? 1_000), Number(process.env.BENCH_LARGE_ENTRIES ?? 1_000_000)];
  const ids = [];
  for (const entries of sizes) {
    const started = Date.now();
    ids.push(await seedAccount(env, entries));
    env.log(`seeded ${entries} entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const results = await readP95s(env, ids);
  const rows = sizes.map((entries, k) => ({
    entries,
    reads: READS,
    'p50 ms': results[k].p50.toFixed(3),
    'p95 ms': results[k].p95.toFixed(3),
  }));
  rows.push({ entries: 'ratio large/small', 'p95 ms': (results[1].p95 / results[0].p95).toFixed(2) });
  return rows;
}
