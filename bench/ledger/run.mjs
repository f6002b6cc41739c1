#!/usr/bin/env node
/**
 * Ledger benchmarks (npm run bench:ledger): each scenario in SCENARIOS runs against a throw-away database
 * on the PostgreSQL server in BENCH_DATABASE_URL / TEST_DATABASE_URL (default: the local one at
 * 127.0.0.1:5432, user postgres), migrated by the built API (the command builds it first), with the
 * app's backend opened in this process (ORM, job queue). Results are printed as a table; copy them into
 * bench/README.md. A scenario is a module exporting { name, run(env) -> rows }: add yours to SCENARIOS.
 *
 *   npm run bench:ledger
 *   BENCH_ONLY=postings npm run bench:ledger        # one scenario
 *   BENCH_LARGE_ENTRIES=200000 npm run bench:ledger  # a smaller "large" account
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as balanceRead from './scenarios/balance-read.mjs';
import * as postings from './scenarios/postings.mjs';

const SCENARIOS = [balanceRead, postings];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
require('reflect-metadata');
const pg = require('pg');
const pino = require('pino');
const { loadConfig } = require(path.join(root, 'apps/api/dist/config.js'));
const { openBackend } = require(path.join(root, 'apps/api/dist/platform.js'));
const dist = (file) => require(path.join(root, 'apps/api/dist', file));

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

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

async function main() {
  const dbName = `motiva_bench_ledger_${Date.now()}`;
  await admin(`create database ${dbName}`);
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${dbName}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: dbUrl.toString(),
    DATABASE_POOL_MAX: '20',
    SEED_DEMO_DATA: 'false',
    RUN_JOBS_IN_API: 'false',
    LOG_LEVEL: 'warn',
  });
  const { db, services } = await openBackend(config, pino({ level: 'warn' }));
  const pool = new pg.Pool({ connectionString: dbUrl.toString(), max: 20 });
  const env = { orm: db.orm, services, pool, dist, percentile, log: (...args) => console.log(...args) };
  try {
    for (const scenario of SCENARIOS) {
      if (process.env.BENCH_ONLY && process.env.BENCH_ONLY !== scenario.name) continue;
      console.log(`\n== ${scenario.name}`);
      const rows = await scenario.run(env);
      console.table(rows);
    }
  } finally {
    await pool.end();
    await services.jobs.stop();
    await db.close();
    await admin(`drop database if exists ${dbName}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
