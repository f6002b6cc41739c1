#!/usr/bin/env node
/**
 * Benchmark: the conversion report's CSV export (GET /api/brand/conversions.csv) of BENCH_ROWS (1,000,000)
 * conversions, streamed from a server-side cursor. Reports the time to the first byte, the total time, rows/s,
 * MB/s and the process's peak RSS during the export against its RSS before it (the API runs in this process,
 * so the peak is the server's): a server that held the rows in memory would grow by hundreds of MB.
 * Uses the built API and a throw-away database on the PostgreSQL server in BENCH_DATABASE_URL /
 * TEST_DATABASE_URL (default: the local one at 127.0.0.1:5432, user postgres). Only loopback traffic.
 *
 *   npm run build -w @motiva/api && node bench/conversions-csv/run.mjs
 *   node --max-old-space-size=160 bench/conversions-csv/run.mjs   # proof: 1M rows (~226 MB of CSV) within a 160 MB heap
 *   BENCH_ROWS=200000 node bench/conversions-csv/run.mjs
 */
import { request } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
require('reflect-metadata');
const pg = require('pg');
const pino = require('pino');
const { loadConfig } = require(path.join(root, 'apps/api/dist/config.js'));
const { startPlatform } = require(path.join(root, 'apps/api/dist/platform.js'));

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function main() {
  const dbName = `motiva_bench_csv_${Date.now()}`;
  await withClient(serverUrl, (c) => c.query(`create database ${dbName}`));
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${dbName}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl.toString(),
    SEED_DEMO_DATA: 'true',
    SERVE_PORTALS: 'false',
    RUN_JOBS_IN_API: 'false',
    LOG_LEVEL: 'warn',
  });
  const platform = await startPlatform(config, pino({ level: 'warn' }));
  const base = platform.url.replace('localhost', '127.0.0.1');
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
      body: JSON.stringify({
        query: `mutation L($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`,
        variables: { e: 'brand@aurora.example', p: 'motiva-demo-1' },
      }),
    });
    const token = (await res.json()).data.login.token;

    const seedStart = performance.now();
    const promotionId = await withClient(dbUrl.toString(), async (c) => {
      const { rows } = await c.query(
        `select m.id, m.promotion_id from promotion_member m join promotion p on p.id = m.promotion_id
          join brand b on b.id = p.brand_id join app_user u on u.brand_id = b.id where u.email = 'brand@aurora.example' limit 1`,
      );
      if (!rows[0]) throw new Error('the demo data has no member in the demo brand’s promotions');
      await c.query(
        `insert into sale (id, source, participant_id, promotion_id, brand_id, member_id, amount_minor, currency, receipt_date, status,
            reward_minor, explanation, verification, order_id, conversion_kind, attribution)
          select gen_random_uuid(), 'TRACKING_LINK', m.participant_id, m.promotion_id, p.brand_id, m.id, 1000 + g, p.currency,
            timestamptz '2026-01-01' + g * interval '1 second', 'APPROVED', 10 + g % 100, '{"steps":[]}', 'NOT_APPLICABLE',
            'BENCH-' || g, 'SINGLE', '{"reason":"last click within the window"}'
            from promotion_member m join promotion p on p.id = m.promotion_id, generate_series(1, $2::int) g where m.id = $1`,
        [rows[0].id, ROWS],
      );
      await c.query('analyze sale');
      return rows[0].promotion_id;
    });
    console.log(`seeded ${ROWS.toLocaleString('en')} conversions in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = rssBefore;
    let heapPeak = heapBefore;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peak = Math.max(peak, usage.rss);
      heapPeak = Math.max(heapPeak, usage.heapUsed);
    }, 20);
    const started = performance.now();
    let firstByteMs = 0;
    let bytes = 0;
    let lines = 0;
    const status = await new Promise((resolve, reject) => {
      const url = new URL(`${base}/api/brand/conversions.csv?promotionId=${promotionId}`);
      request(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
        res.on('data', (chunk) => {
          if (!firstByteMs) firstByteMs = performance.now() - started;
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        });
        res.on('end', () => resolve(res.statusCode));
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const rows = lines - 1;
    console.log(`status ${status}; ${rows.toLocaleString('en')} rows (expected ${ROWS.toLocaleString('en')}), ${mb(bytes)}`);
    console.log(`first byte after ${firstByteMs.toFixed(0)} ms; all in ${seconds.toFixed(1)} s`);
    console.log(`${Math.round(rows / seconds).toLocaleString('en')} rows/s, ${(bytes / 1024 / 1024 / seconds).toFixed(1)} MB/s`);
    console.log(`RSS before ${mb(rssBefore)}, peak during the export ${mb(peak)} (+${mb(peak - rssBefore)})`);
    console.log(`JS heap used before ${mb(heapBefore)}, peak ${mb(heapPeak)} (+${mb(heapPeak - heapBefore)}; garbage included)`);
    console.log(`old-space limit ${mb(require('node:v8').getHeapStatistics().heap_size_limit)}`);
    if (rows !== ROWS || status !== 200) process.exitCode = 1;
  } finally {
    await platform.stop();
    await withClient(serverUrl, (c) => c.query(`drop database if exists ${dbName} with (force)`)).catch(() => undefined);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
