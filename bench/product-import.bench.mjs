#!/usr/bin/env node
/**
 * Benchmark: a 10,000-row CSV product import, and what it does to the latency of a trivial GraphQL
 * query (`{ me { id } }`) while it runs, against the same query with no import running, measured in
 * the same run on the same server. Uses the built API (npm run bench:import builds it first) and a
 * throw-away database on the PostgreSQL server in BENCH_DATABASE_URL / TEST_DATABASE_URL (default: the
 * local one at 127.0.0.1:5432, user postgres). Only loopback traffic; every loop is bounded.
 *
 *   npm run bench:import                 # 10,000 rows
 *   BENCH_ROWS=20000 npm run bench:import
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
require('reflect-metadata');
const pg = require('pg');
const pino = require('pino');
const { loadConfig } = require(path.join(root, 'apps/api/dist/config.js'));
const { startPlatform } = require(path.join(root, 'apps/api/dist/platform.js'));

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const BASELINE_QUERIES = Number(process.env.BENCH_BASELINE_QUERIES ?? 300);
const DEADLINE_MS = 5 * 60_000;
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

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const ms = (v) => `${v.toFixed(1)} ms`;

async function main() {
  const dbName = `motiva_bench_${Date.now()}`;
  await admin(`create database ${dbName}`);
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${dbName}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl.toString(),
    SEED_DEMO_DATA: 'true',
    SERVE_PORTALS: 'false',
    LOG_LEVEL: 'warn',
  });
  const platform = await startPlatform(config, pino({ level: 'warn' }));
  const base = platform.url.replace('localhost', '127.0.0.1');
  try {
    const gql = async (query, variables = {}, token) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': '1',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const { login } = await gql(`mutation L($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, {
      e: 'brand@aurora.example',
      p: 'motiva-demo-1',
    });
    const token = login.token;
    const timedMe = async () => {
      const start = performance.now();
      await gql(`{ me { id } }`, {}, token);
      return { at: Date.now(), latency: performance.now() - start };
    };

    // Warm up, then the baseline: the query alone.
    for (let i = 0; i < 50; i++) await timedMe();
    const baseline = [];
    for (let i = 0; i < BASELINE_QUERIES; i++) baseline.push((await timedMe()).latency);

    const lines = ['sku,name,barcode,category,price,currency'];
    for (let i = 0; i < ROWS; i++) lines.push(`BENCH-${i},Bench product ${i},${String(4600000000000 + i)},Bench,${i}.99,RUB`);
    const csv = lines.join('\n') + '\n';

    const uploadStart = performance.now();
    const upload = await fetch(`${base}/api/brand/product-imports?fileName=bench.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'x-motiva-upload': '1', authorization: `Bearer ${token}` },
      body: csv,
    });
    const uploadMs = performance.now() - uploadStart;
    if (upload.status !== 202) throw new Error(`upload answered ${upload.status}: ${await upload.text()}`);
    const { productImport } = await upload.json();

    // The query, back to back, until the import is done (checked every 10 queries).
    const during = [];
    const deadline = Date.now() + DEADLINE_MS;
    let done;
    for (let i = 0; ; i++) {
      during.push(await timedMe());
      if (i % 10 === 9) {
        const { productImport: p } = await gql(
          `query P($id: ID!) { productImport(id: $id) { status processedRows createdRows rejectedRows startedAt finishedAt } }`,
          { id: productImport.id },
          token,
        );
        if (p.status === 'DONE' || p.status === 'FAILED') {
          done = p;
          break;
        }
      }
      if (Date.now() > deadline) throw new Error('import did not finish in 5 minutes');
    }
    if (done.status !== 'DONE') throw new Error(`import ${done.status}`);
    const startedAt = Date.parse(done.startedAt);
    const finishedAt = Date.parse(done.finishedAt);
    const running = during.filter((s) => s.at >= startedAt && s.at <= finishedAt).map((s) => s.latency);
    const seconds = (finishedAt - startedAt) / 1000;

    const result = {
      rows: ROWS,
      fileBytes: Buffer.byteLength(csv),
      uploadMs: Math.round(uploadMs),
      jobSeconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(ROWS / seconds),
      created: done.createdRows,
      rejected: done.rejectedRows,
      baseline: { queries: baseline.length, p50: percentile(baseline, 50), p95: percentile(baseline, 95) },
      duringImport: { queries: running.length, p50: percentile(running, 50), p95: percentile(running, 95) },
    };
    console.log(`\nCSV product import benchmark (${ROWS} rows, ${(result.fileBytes / 1024).toFixed(0)} KiB)`);
    console.log(`  upload (checked, stored, job enqueued)  ${result.uploadMs} ms`);
    console.log(`  job: ${result.jobSeconds} s, ${result.rowsPerSecond} rows/s (${result.created} created, ${result.rejected} rejected)`);
    console.log(`  { me { id } }        p50        p95`);
    console.log(
      `  no import       ${ms(result.baseline.p50).padStart(9)}  ${ms(result.baseline.p95).padStart(9)}   (${result.baseline.queries} queries)`,
    );
    console.log(
      `  during import   ${ms(result.duringImport.p50).padStart(9)}  ${ms(result.duringImport.p95).padStart(9)}   (${result.duringImport.queries} queries)`,
    );
    console.log(`\n${JSON.stringify(result)}`);
  } finally {
    await platform.stop();
    await admin(`drop database if exists ${dbName} with (force)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
