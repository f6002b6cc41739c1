#!/usr/bin/env node
/**
 * Per-request cost of the API against two baselines measured in the same run, on the same machine:
 *   - a bare node:http server (the ceiling for any Node HTTP answer),
 *   - a minimal Express 5 app (what /healthz is compared with),
 *   - a minimal Apollo Server 5 on Express 5 (what every GraphQL figure is compared with),
 * and Motiva itself (the built API on a fresh database on a real PostgreSQL, demo data plus 20
 * promotions for the bench brand). Each target runs in its own process; autocannon drives it from this
 * one with BENCH_CONNECTIONS connections for BENCH_SECONDS seconds after a short warm-up (the API
 * gets BENCH_SETTLE_SECONDS, default 5, after its start and data set-up: steady state, not boot).
 *
 *   npm run bench:api                          # 10 connections, 10 s per scenario
 *   BENCH_SECONDS=5 npm run bench:api          # quicker
 *   BENCH_ONLY=me,promotions npm run bench:api # some scenarios only (baselines always run)
 *
 * The database server comes from BENCH_DATABASE_URL / TEST_DATABASE_URL (default: the local one at
 * 127.0.0.1:5432, user postgres). Output: a table, then one JSON line for scripts. Besides requests/s
 * the table gives each target's CPU time per request (Linux /proc) and the ratio computed from it,
 * which a busy neighbour on a shared machine moves much less than throughput.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(path.join(root, 'package.json'));
const autocannon = require('autocannon');
const pg = require(require.resolve('pg', { paths: [path.join(root, 'apps/api')] }));

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
// Warm-up by count, not time: on a busy machine 2 s were a few hundred requests, too few for the JIT
// to optimise the path, and the measured CPU per request came out several times too high.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const WARMUP_REQUESTS = Number(process.env.BENCH_WARMUP_REQUESTS ?? 3000);
const WARMUP_MAX_SECONDS = Number(process.env.BENCH_WARMUP_MAX_SECONDS ?? 30);
// After boot and the data set-up the API finishes its start-up work (seeded jobs, JIT, collecting boot
// garbage); measured straight away, /healthz came out at a third of its steady rate.
const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE_SECONDS ?? 5);
const ONLY = process.env.BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
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

/**
 * CPU seconds a process has used (user + system), from /proc on Linux; null elsewhere. Throughput on
 * a shared machine swings with the neighbours' load; the target's CPU time per request much less.
 * It counts the Node process only: PostgreSQL's own work for Motiva's queries is not in it.
 */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** USER_HZ: the unit of /proc/<pid>/stat times; 100 on Linux builds for decades. */
const CLOCK_TICKS = Number(process.env.BENCH_CLOCK_TICKS ?? 100);

/** Starts a target script in its own process and resolves with its port once it prints "ready". */
function startTarget(name, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, 'targets', `${name}.mjs`)], {
      // Every target as it runs in production: graphql-js, for one, checks every instanceof twice
      // over (a multi-realm guard) unless NODE_ENV is production.
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s`)), 120_000);
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      for (const line of buffer.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const msg = JSON.parse(line);
          if (msg.ready) {
            clearTimeout(timer);
            const exited = new Promise((done) => child.once('exit', done));
            resolve({
              port: msg.port,
              pid: child.pid,
              // Safe to call twice: the second call finds the process gone.
              stop: () => {
                if (child.exitCode === null && child.signalCode === null) {
                  child.kill('SIGTERM');
                  setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
                }
                return exited;
              },
            });
          }
        } catch {
          /* a partial line: wait for the rest */
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it was ready`)));
  });
}

function gqlRequest(query, variables, token) {
  return {
    method: 'POST',
    path: '/graphql',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': '1',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  };
}

async function gql(port, query, variables, token) {
  const r = gqlRequest(query, variables, token);
  const res = await fetch(`http://127.0.0.1:${port}${r.path}`, { method: 'POST', headers: r.headers, body: r.body });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** One request first: a scenario that answers an error would measure the error path, not the work. */
async function check(port, request, scenario) {
  const res = await fetch(`http://127.0.0.1:${port}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(`${scenario} answered ${res.status}: ${text.slice(0, 500)}`);
  if (scenario === 'promotions' && JSON.parse(text).data.promotions.items.length !== 20)
    throw new Error(`promotions page is not 20 rows: ${text.slice(0, 300)}`);
}

/** At least WARMUP_REQUESTS more requests, or WARMUP_MAX_SECONDS if the target is slower than that. */
function warmUp(opts) {
  return new Promise((resolve, reject) => {
    const run = autocannon({ ...opts, amount: WARMUP_REQUESTS }, (error, result) => (error ? reject(error) : resolve(result)));
    const timer = setTimeout(() => run.stop(), WARMUP_MAX_SECONDS * 1000);
    run.on('done', () => clearTimeout(timer));
  });
}

/** Runs autocannon once for warm-up and once measured; fails the run on any non-2xx or error. */
async function measure(target, request) {
  const opts = { url: `http://127.0.0.1:${target.port}`, connections: CONNECTIONS, requests: [request] };
  await autocannon({ ...opts, duration: WARMUP_SECONDS });
  await warmUp(opts);
  const cpuBefore = cpuSeconds(target.pid);
  const r = await autocannon({ ...opts, duration: SECONDS });
  const cpuAfter = cpuSeconds(target.pid);
  if (r.errors || r.non2xx || r.timeouts)
    throw new Error(`errors ${r.errors}, non-2xx ${r.non2xx}, timeouts ${r.timeouts} on ${request.path}`);
  // Microseconds of the target's CPU per answered request.
  const cpuUs =
    cpuBefore === null || cpuAfter === null || !r.requests.total ? null : Math.round(((cpuAfter - cpuBefore) * 1e6) / r.requests.total);
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, cpuUs };
}

async function prepareMotiva(port) {
  const { login } = await gql(port, `mutation L($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, {
    e: 'brand@aurora.example',
    p: 'motiva-demo-1',
  });
  const token = login.token;
  // The demo brand has a few promotions; top it up so a page of 20 rows is full.
  const { promotions } = await gql(port, `{ promotions(page: { limit: 1 }) { total } }`, undefined, token);
  for (let i = promotions.total; i < 20; i++) {
    await gql(
      port,
      `mutation C($input: CreatePromotionInput!) { createPromotion(input: $input) { id } }`,
      {
        input: {
          name: `Bench promotion ${i + 1}`,
          currency: 'RUB',
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          payoutOptions: [{ name: 'Per unit', kind: 'PER_UNIT', value: '10000', isDefault: true }],
        },
      },
      token,
    );
  }
  return token;
}

const BRAND_PROMOTIONS_PAGE = `query BrandPromotions($page: PageInput) {
  promotions(page: $page) { total items { id name status startsAt endsAt currency memberCount payoutOptions { id } updatedAt } }
}`;

async function main() {
  const results = [];
  const run = async (target, scenario, baselineKeys, request) => {
    if (ONLY && baselineKeys && !ONLY.includes(scenario)) return;
    process.stderr.write(`  ${target.padEnd(8)} ${scenario} ...`);
    await check(targets[target].port, request, scenario);
    const m = await measure(targets[target], request);
    process.stderr.write(` ${m.rps} req/s\n`);
    results.push({ target, scenario, baselineKeys: baselineKeys ?? [], ...m });
  };

  const targets = {};
  const dbName = `motiva_bench_api_${Date.now()}`;
  await admin(`create database ${dbName}`);
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${dbName}`;
  try {
    // One target at a time, so each has the machine's second core to itself.
    targets.bare = await startTarget('bare');
    await run('bare', 'bare', null, { method: 'GET', path: '/' });
    await targets.bare.stop();

    targets.express = await startTarget('express');
    await run('express', 'express-health', null, { method: 'GET', path: '/healthz' });
    await targets.express.stop();

    targets.apollo = await startTarget('apollo');
    await run('apollo', 'apollo-typename', null, gqlRequest('{ __typename }'));
    await targets.apollo.stop();

    process.stderr.write('  starting motiva (migrate, seed)...\n');
    targets.motiva = await startTarget('motiva', { BENCH_TARGET_DATABASE_URL: dbUrl.toString() });
    process.stderr.write(`  motiva listening on ${targets.motiva.port}; preparing 20 promotions...\n`);
    const token = await prepareMotiva(targets.motiva.port);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
    await run('motiva', 'healthz', ['bare', 'express-health'], { method: 'GET', path: '/healthz' });
    await run('motiva', 'typename', ['bare', 'apollo-typename'], gqlRequest('{ __typename }'));
    await run('motiva', 'typename-signed-in', ['bare', 'apollo-typename'], gqlRequest('{ __typename }', undefined, token));
    await run('motiva', 'me', ['bare', 'apollo-typename'], gqlRequest('{ me { id } }', undefined, token));
    await run('motiva', 'promotions', ['bare', 'apollo-typename'], gqlRequest(BRAND_PROMOTIONS_PAGE, { page: { limit: 20 } }, token));
    await targets.motiva.stop();
  } finally {
    for (const t of Object.values(targets)) await t.stop?.().catch(() => undefined);
    await admin(`drop database if exists ${dbName} with (force)`);
  }

  const byScenario = Object.fromEntries(results.map((r) => [r.scenario, r]));
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(0)}%` : '');
  console.log(`\nAPI per-request cost: ${CONNECTIONS} connections, ${SECONDS} s per scenario (node ${process.version})\n`);
  console.log(
    `${'scenario'.padEnd(26)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}   vs bare   vs baseline${' '.repeat(14)}CPU µs/req  CPU vs baseline`,
  );
  for (const r of results) {
    const [bare, base] = r.baselineKeys;
    const vsBare = bare ? pct(r.rps, byScenario[bare]?.rps) : '';
    const vsBase = base ? `${pct(r.rps, byScenario[base]?.rps)} of ${base}` : '';
    // Requests per CPU-second against the baseline's: the same ratio, with the neighbours' load taken out.
    const cpuVsBase = base && r.cpuUs && byScenario[base]?.cpuUs ? pct(byScenario[base].cpuUs, r.cpuUs) : '';
    console.log(
      `${`${r.target}/${r.scenario}`.padEnd(26)}${String(r.rps).padStart(8)}${String(r.p50).padStart(8)}${String(r.p99).padStart(8)}   ${vsBare.padStart(7)}   ${vsBase.padEnd(24)}${String(r.cpuUs ?? '').padStart(10)}  ${cpuVsBase.padStart(15)}`,
    );
  }
  console.log(`\n${JSON.stringify({ connections: CONNECTIONS, seconds: SECONDS, results })}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
