#!/usr/bin/env node
/**
 * Benchmark: sale approvals through the service against raw ledger inserts, in the same run.
 *
 * - approvals: BENCH_SALES (10,000) pending sales approved by BENCH_CALLERS (16) concurrent callers,
 *   each calling the sales feature's approveSales() with pages of BENCH_PAGE (25) sale ids, as the
 *   moderation queue's bulk approval does: per sale one transaction with the guarded status change,
 *   the ledger's accrueSaleReward (held lot, balanced ACCRUAL journal, balances, release job), the
 *   audit event and the participant's notification (outbox row and its delivery job).
 * - baseline: the same number of raw two-entry journal inserts (journal row plus two entries, the
 *   ledger's balance trigger firing), one transaction each, straight through pg, same callers.
 * Prints postings per second of each and their ratio (target: approvals >= 50% of the baseline).
 *
 * Uses the built API (npm run build -w @motiva/api) and a throw-away database on the PostgreSQL in
 * BENCH_DATABASE_URL / TEST_DATABASE_URL (default: 127.0.0.1:5432, user postgres). Loopback only.
 *
 *   npm run build -w @motiva/api && node bench/ledger/approvals.bench.mjs
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
require('reflect-metadata');
const pg = require('pg');
const pino = require('pino');
const { Role, permissionsOf } = require('@motiva/schema');
const dist = (p) => require(path.join(root, 'apps/api/dist', p));
const { loadConfig } = dist('config.js');
const { openBackend } = dist('platform.js');
const { approveSales } = dist('modules/sales/sale-decision.service.js');
const { verifyLedger } = dist('modules/ledger/ledger.verify.js');

const SALES = Number(process.env.BENCH_SALES ?? 10_000);
const CALLERS = Number(process.env.BENCH_CALLERS ?? 16);
const PAGE = Number(process.env.BENCH_PAGE ?? 25);
const PARTICIPANTS = 100;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function admin(sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs `work` by `callers` concurrent loops until `next()` runs out; returns seconds taken. */
async function concurrently(callers, next, work) {
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      for (let item = next(); item !== undefined; item = next()) await work(item);
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Brand, partner, admin, participants and members, an active receipt-claim promotion, and pending sales. */
async function seed(client) {
  const q = (sql, values = []) => client.query(sql, values);
  const adminId = randomUUID();
  const brandId = randomUUID();
  const partnerId = randomUUID();
  const productId = randomUUID();
  const promotionId = randomUUID();
  const optionId = randomUUID();
  await q(
    `insert into app_user (id, email, name, role, password_hash, locale) values ($1, 'bench-admin@bench.local', 'Admin', 'ADMIN', 'x', 'EN')`,
    [adminId],
  );
  await q(`insert into brand (id, legal_name) values ($1, 'Bench brand')`, [brandId]);
  await q(
    `insert into partner (id, legal_name, tax_id, address, contact_name, contact_email, invite_code, status)
     values ($1, 'Bench partner', '7707083893', 'Moscow', 'Bench', 'bench@p.local', 'BENCHP', 'APPROVED')`,
    [partnerId],
  );
  await q(
    `insert into product (id, brand_id, sku, name, list_price_minor, status) values ($1, $2, 'B-1', 'Bench TV', 5499000, 'APPROVED')`,
    [productId, brandId],
  );
  await q(
    `insert into promotion (id, brand_id, name, starts_at, ends_at, status, tracking_modes, holding_days)
     values ($1, $2, 'Bench', now() - interval '10 days', now() + interval '30 days', 'ACTIVE', '{RECEIPT_CLAIM}', 0)`,
    [promotionId, brandId],
  );
  await q(
    `insert into payout_option (id, promotion_id, name, kind, value, is_default) values ($1, $2, 'Standard', 'PER_UNIT', 50000, true)`,
    [optionId, promotionId],
  );
  await q(
    `with u as (
       insert into app_user (id, email, name, role, password_hash, locale)
       select gen_random_uuid(), 'bench-' || n || '@bench.local', 'P' || n, 'PARTICIPANT', 'x', 'EN' from generate_series(1, $1) n
       returning id),
     p as (insert into participant (id, user_id, partner_id, city, status) select gen_random_uuid(), u.id, $2, 'Kazan', 'APPROVED' from u returning id)
     insert into promotion_member (id, promotion_id, participant_id, payout_option_id, stage, source)
     select gen_random_uuid(), $3, p.id, $4, 'ACCEPTED', 'JOINED' from p`,
    [PARTICIPANTS, partnerId, promotionId, optionId],
  );
  await q(
    `insert into sale (id, source, participant_id, promotion_id, brand_id, member_id, amount_minor, currency, receipt_number,
                       receipt_date, reward_minor, explanation, verification)
     select gen_random_uuid(), 'RECEIPT_CLAIM', m.participant_id, $1, $2, m.id, 5499000, 'RUB', 'BENCH-' || n, now(), 50000, '{}', 'NOT_APPLICABLE'
       from generate_series(1, $3) n
       join (select id, participant_id, row_number() over (order by id) - 1 as k from promotion_member where promotion_id = $1) m
         on m.k = n % $4`,
    [promotionId, brandId, SALES, PARTICIPANTS],
  );
  const { rows } = await q(`select id from sale where status = 'PENDING' order by submitted_at, id`);
  return { adminId, saleIds: rows.map((r) => r.id) };
}

/** Raw two-entry journals, one transaction each: a brand liability against a participant's held account. */
async function baseline(pool) {
  const brandAccount = randomUUID();
  const held = Array.from({ length: PARTICIPANTS }, () => randomUUID());
  await pool.query(`insert into ledger_account (id, kind, owner_id, currency, guarded) values ($1, 'BRAND_LIABILITY', $2, 'RUB', false)`, [
    brandAccount,
    randomUUID(),
  ]);
  for (const id of held) {
    await pool.query(
      `insert into ledger_account (id, kind, owner_id, currency, guarded) values ($1, 'PARTICIPANT_HELD', $2, 'RUB', true)`,
      [id, randomUUID()],
    );
  }
  let n = 0;
  const seconds = await concurrently(
    CALLERS,
    () => (n < SALES ? n++ : undefined),
    async (i) => {
      const client = await pool.connect();
      try {
        const journal = randomUUID();
        await client.query('begin');
        await client.query(
          `insert into ledger_journal (id, kind, source_type, source_id, idempotency_key) values ($1, 'ACCRUAL', 'SALE', $2, $3)`,
          [journal, randomUUID(), `bench:${journal}`],
        );
        await client.query(`insert into ledger_entry (journal_id, account_id, amount) values ($1, $2, -50000), ($1, $3, 50000)`, [
          journal,
          brandAccount,
          held[i % PARTICIPANTS],
        ]);
        await client.query('commit');
      } finally {
        client.release();
      }
    },
  );
  return { postings: SALES, seconds };
}

async function approvals(backend, adminId, saleIds) {
  const viewer = {
    userId: adminId,
    sessionId: randomUUID(),
    role: Role.ADMIN,
    status: 'APPROVED',
    brandId: null,
    partnerId: null,
    participantId: null,
    permissions: new Set(permissionsOf(Role.ADMIN)),
  };
  const pages = [];
  for (let i = 0; i < saleIds.length; i += PAGE) pages.push(saleIds.slice(i, i + PAGE));
  let approved = 0;
  let p = 0;
  const seconds = await concurrently(
    CALLERS,
    () => pages[p++],
    async (ids) => {
      const ctx = {
        app: backend.services,
        requestId: randomUUID(),
        em: backend.db.orm.em.fork(),
        viewer,
        sessionToken: null,
        ip: '127.0.0.1',
        userAgent: 'bench',
        log: backend.services.logger,
      };
      const outcomes = await approveSales(ctx, ids);
      approved += outcomes.filter((o) => o.outcome === 'APPROVED').length;
    },
  );
  return { postings: approved, seconds };
}

async function main() {
  const dbName = `motiva_bench_${Date.now()}`;
  await admin(`create database ${dbName}`);
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${dbName}`;
  let backend;
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: dbUrl.toString(),
      DATABASE_POOL_MAX: String(CALLERS + 4),
      SEED_DEMO_DATA: 'false',
      SERVE_PORTALS: 'false',
      RUN_JOBS_IN_API: 'false',
      LOG_LEVEL: 'warn',
    });
    backend = await openBackend(config, pino({ level: 'warn' }));
    const pool = new pg.Pool({ connectionString: dbUrl.toString(), max: CALLERS });
    try {
      const client = await pool.connect();
      const { adminId, saleIds } = await seed(client).finally(() => client.release());
      console.log(`seeded ${saleIds.length} pending sales over ${PARTICIPANTS} participants; ${CALLERS} concurrent callers`);
      const base = await baseline(pool);
      const approved = await approvals(backend, adminId, saleIds);
      const verification = await verifyLedger(backend.db.orm.em.fork());
      const rate = (r) => r.postings / r.seconds;
      const table = [
        ['raw two-entry journal inserts (pg, one transaction each)', base],
        [`approveSales() through the service (pages of ${PAGE})`, approved],
      ];
      for (const [name, r] of table)
        console.log(`${name.padEnd(62)} ${String(r.postings).padStart(6)} in ${r.seconds.toFixed(2)} s = ${rate(r).toFixed(0)} postings/s`);
      console.log(`approvals / baseline: ${((100 * rate(approved)) / rate(base)).toFixed(1)}% (target >= 50%)`);
      console.log(
        `ledger verifier: ${verification.ok ? 'ok' : 'FAILED'} (${verification.journalsChecked} journals, ${verification.entriesChecked} entries)`,
      );
      if (approved.postings !== saleIds.length || !verification.ok) process.exitCode = 1;
    } finally {
      await pool.end();
    }
  } finally {
    await backend?.services.jobs.stop().catch(() => {});
    await backend?.db.close().catch(() => {});
    await admin(`drop database if exists ${dbName} with (force)`).catch(() => {});
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
