import { randomUUID } from 'node:crypto';

export const name = 'postings';

const POSTINGS = Number(process.env.BENCH_POSTINGS ?? 5_000);
const CALLERS = Number(process.env.BENCH_CALLERS ?? 16);
const PARTICIPANTS = 1_000;

/** Runs `work` POSTINGS times over CALLERS concurrent callers; answers postings per second. */
async function measure(work) {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (next < POSTINGS) await work(next++);
    }),
  );
  return POSTINGS / (Number(process.hrtime.bigint() - started) / 1e9);
}

/**
 * postJournal (one ORM transaction per posting: an adjustment crediting one of 1,000 participants from the
 * platform account) against the baseline: the same two-entry journal as raw INSERTs through pg, one
 * transaction each, on the same tables and triggers. Both with the same number of concurrent callers.
 */
export async function run(env) {
  const { accountId, participantAccount, platformAdjustments, LedgerAccountKind, JournalKind, JournalSourceType } =
    env.dist('modules/ledger/ledger-accounts.js');
  const { postJournal } = env.dist('modules/ledger/ledger.post.js');
  const participants = Array.from({ length: PARTICIPANTS }, () => randomUUID());
  const account = (i) => participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, participants[i % PARTICIPANTS]);
  // Create the accounts first, so neither side pays for that.
  for (let i = 0; i < PARTICIPANTS; i++) {
    await env.orm.em.fork().transactional((tx) =>
      postJournal(tx, {
        kind: JournalKind.ADJUSTMENT,
        source: { type: JournalSourceType.ADJUSTMENT, id: randomUUID() },
        idempotencyKey: `bench:warm:${i}`,
        entries: [
          { account: platformAdjustments, amount: -1n },
          { account: account(i), amount: 1n },
        ],
      }),
    );
  }
  const platform = accountId(platformAdjustments);
  const baseline = await measure(async (i) => {
    const client = await env.pool.connect();
    try {
      const journal = randomUUID();
      await client.query('begin');
      await client.query(
        `insert into ledger_journal (id, kind, source_type, source_id, idempotency_key) values ($1, 'ADJUSTMENT', 'ADJUSTMENT', $1, $2)`,
        [journal, `bench:raw:${journal}`],
      );
      await client.query(`insert into ledger_entry (journal_id, account_id, amount) values ($1, $2, -1), ($1, $3, 1)`, [
        journal,
        platform,
        accountId(account(i)),
      ]);
      await client.query('commit');
    } finally {
      client.release();
    }
  });
  const service = await measure((i) =>
    env.orm.em.fork().transactional((tx) =>
      postJournal(tx, {
        kind: JournalKind.ADJUSTMENT,
        source: { type: JournalSourceType.ADJUSTMENT, id: randomUUID() },
        idempotencyKey: `bench:post:${randomUUID()}`,
        entries: [
          { account: platformAdjustments, amount: -1n },
          { account: account(i), amount: 1n },
        ],
      }),
    ),
  );
  const { verifyLedger } = env.dist('modules/ledger/ledger.verify.js');
  const report = await verifyLedger(env.orm.em.fork());
  if (!report.ok) throw new Error('the ledger does not verify after the benchmark');
  return [
    {
      path: 'baseline: raw two-entry journal INSERTs (pg, one transaction each)',
      callers: CALLERS,
      postings: POSTINGS,
      'postings/s': baseline.toFixed(0),
    },
    { path: 'postJournal (ORM transaction, one statement)', callers: CALLERS, postings: POSTINGS, 'postings/s': service.toFixed(0) },
    { path: 'postJournal / baseline', 'postings/s': `${((100 * service) / baseline).toFixed(0)}%` },
  ];
}
