#!/usr/bin/env node
/**
 * Postback benchmark (npm run bench:postback): signed conversions per second through the built API
 * against a baseline of raw single-row transactional inserts into the sale table, on the PostgreSQL
 * server in BENCH_DATABASE_URL / TEST_DATABASE_URL (default the local one at 127.0.0.1:5432), in a
 * throw-away database migrated and demo-seeded by the API itself.
 *
 *   npm run bench:postback
 *   BENCH_SECONDS=20 BENCH_CONCURRENCY=10 npm run bench:postback
 *
 * Baseline: 10 pg clients, each looping `begin; insert into sale ...; commit` for the duration.
 * Conversions: 10 workers, each looping POST /api/v1/conversions with a fresh signature and a distinct
 * order id (attributed by promo code, one line, reward accrued to HELD) for the same duration.
 */
import { spawn } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
require('reflect-metadata');
const pg = require('pg');
const { loadConfig } = require(path.join(root, 'apps/api/dist/config.js'));
const { seal, sha256Hex, newPrefix, newSecret } = require(path.join(root, 'apps/api/dist/modules/conversions/secrets.js'));

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
// Each side first runs this long unmeasured: JIT, pool connections, and the statements each connection prepares
// (PostgreSQL plans a prepared statement five times before it settles on one plan).
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};

/** Starts bench/redirect/targets/motiva.mjs (the built API on the given database) and answers its url and stop(). */
function startApi(env) {
  return new Promise((resolve, reject) => {
    // BENCH_TARGET_NODE_ARGS: node options for the API only (`--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it).
    const nodeArgs = (process.env.BENCH_TARGET_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'bench/redirect/targets/motiva.mjs')], {
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((done) => child.once('exit', (code) => done(code)));
    const timer = setTimeout(() => reject(new Error('the API did not start in 120 s')), 120_000);
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const ready = buffer.split('\n').find((line) => line.startsWith('{') && line.includes('"ready"'));
      if (!ready) return;
      clearTimeout(timer);
      const { port } = JSON.parse(ready);
      resolve({
        url: `http://127.0.0.1:${port}`,
        pid: child.pid,
        stop: () => (child.exitCode === null ? (child.kill('SIGTERM'), exited) : exited),
      });
    });
    child.once('exit', (code) => reject(new Error(`the API exited with ${code} before it was ready`)));
  });
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// The client: node:http with kept-alive connections, as a brand's server would post. fetch() (undici)
// cost about 400 µs of this process's CPU per request on this machine, four times node:http, and the API
// shares this process: the client's cost would otherwise be counted against the conversions.
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function post(url, body, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** CPU seconds used so far by one process, in all and in the kernel (Linux /proc; null elsewhere). */
function processCpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { total: (Number(fields[11]) + Number(fields[12])) / 100, kernel: Number(fields[12]) / 100 };
  } catch {
    return null;
  }
}

/** CPU ticks so far of each of a process's threads, summed by thread name (BENCH_API_THREADS=1 prints them). */
function threadTicks(pid) {
  const ticks = new Map();
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    const stat = fs.readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks.set(`${name}#${task === String(pid) ? 'main' : task}`, Number(fields[11]) + Number(fields[12]));
  }
  return ticks;
}

/** CPU seconds used so far by every PostgreSQL process on this machine (Linux /proc; 0 elsewhere). */
function postgresCpuSeconds() {
  const cluster = process.env.BENCH_POSTGRES_CLUSTER;
  let ticks = 0;
  try {
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (!name.startsWith('postgres')) continue;
        // BENCH_POSTGRES_CLUSTER=15/bench: only that cluster's processes (their titles name it), when another one is busy.
        if (cluster && !fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(cluster)) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return 0;
  }
  return ticks / 100;
}

/** Runs `once` in `CONCURRENCY` loops for `seconds`: each call's latency (ms) and the number that failed. */
async function loop(once, seconds) {
  const latencies = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      let i = 0;
      while (Date.now() < deadline) {
        const t = performance.now();
        try {
          await once(worker, i++);
          latencies.push(performance.now() - t);
        } catch (error) {
          errors += 1;
          if (errors <= 3) console.error(String(error).slice(0, 300));
        }
      }
    }),
  );
  return { latencies, errors };
}

/**
 * After a warm-up (BENCH_WARMUP_SECONDS), runs `once` in `CONCURRENCY` loops for SECONDS; answers count/s, latency percentiles (ms) and the CPU
 * each operation cost, in µs: this process (the client: pg for the baseline, HTTP for conversions), the
 * API's process (conversions only) and PostgreSQL.
 */
async function measure(once, apiPid = null) {
  if (WARMUP_SECONDS > 0) await loop(once, WARMUP_SECONDS);
  const cpu0 = process.cpuUsage();
  const pg0 = postgresCpuSeconds();
  const api0 = apiPid === null ? null : processCpuSeconds(apiPid);
  const threads0 = apiPid !== null && process.env.BENCH_API_THREADS === '1' ? threadTicks(apiPid) : null;
  const started = performance.now();
  const { latencies, errors } = await loop(once, SECONDS);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const pgCpu = postgresCpuSeconds() - pg0;
  const api1 = apiPid === null ? null : processCpuSeconds(apiPid);
  const n = Math.max(1, latencies.length);
  if (threads0) {
    const perThread = [...threadTicks(apiPid)].map(([name, ticks]) => ({
      thread: name,
      cpuUsPerOp: Math.round(((ticks - (threads0.get(name) ?? 0)) * 1e4) / n),
    }));
    console.table(perThread.filter((row) => row.cpuUsPerOp > 0));
  }
  return {
    clientCpuUsPerOp: Math.round((cpu.user + cpu.system) / n),
    apiCpuUsPerOp: api0 === null || api1 === null ? '' : Math.round(((api1.total - api0.total) * 1e6) / n),
    // The kernel's part of it (system time): sockets to the client and to PostgreSQL.
    apiKernelUsPerOp: api0 === null || api1 === null ? '' : Math.round(((api1.kernel - api0.kernel) * 1e6) / n),
    postgresCpuUsPerOp: Math.round((pgCpu * 1e6) / n),
    perSecond: Math.round(latencies.length / seconds),
    count: latencies.length,
    errors,
    p50ms: +percentile(latencies, 50).toFixed(1),
    p99ms: +percentile(latencies, 99).toFixed(1),
  };
}

async function main() {
  const dbName = `motiva_bench_postback_${Date.now()}`;
  await admin(`create database ${dbName}`);
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${dbName}`;
  // The API in its own process, started as `npm start` starts it (production mode, jobs in the API), as
  // a brand's server and Motiva's API are different processes: the client's CPU is not the API's.
  const secretsKey = randomBytes(32).toString('hex');
  const config = loadConfig({
    NODE_ENV: 'production',
    SECRETS_KEY: secretsKey,
    PUBLIC_URL: 'http://127.0.0.1',
    DATABASE_URL: dbUrl.toString(),
  });
  const platform = await startApi({
    BENCH_TARGET_DATABASE_URL: dbUrl.toString(),
    SECRETS_KEY: secretsKey,
    DATABASE_POOL_MAX: String(Math.max(10, CONCURRENCY + 2)),
    LOG_LEVEL: 'warn',
    RUN_JOBS_IN_API: 'false',
  });
  const pool = new pg.Pool({ connectionString: dbUrl.toString(), max: CONCURRENCY + 2 });
  try {
    // Earning members of active promotions of one brand (the one with most), each given a promo code;
    // BENCH_MEMBERS=1 sends every order to one member (whose balance row then serialises the accruals).
    const { rows: members } = await pool.query(
      `select m.id, m.promotion_id, m.participant_id, p.brand_id,
        (select pr.sku from promotion_product pp join product pr on pr.id = pp.product_id where pp.promotion_id = p.id limit 1) as sku
        from promotion_member m join promotion p on p.id = m.promotion_id
       where p.status = 'ACTIVE' and m.active and m.stage in ('ACCEPTED', 'ACTIVE')
         and p.brand_id = (select p2.brand_id from promotion_member m2 join promotion p2 on p2.id = m2.promotion_id
                            where p2.status = 'ACTIVE' and m2.active group by p2.brand_id order by count(*) desc limit 1)
       order by m.created_at limit $1`,
      [Number(process.env.BENCH_MEMBERS ?? CONCURRENCY)],
    );
    const m = members[0];
    if (!m) throw new Error('the demo data has no earning member of an active promotion');
    const codes = [];
    for (const member of members) {
      await pool.query(`delete from promo_code where member_id = $1`, [member.id]);
      const code = `BENCH${codes.length}${Date.now().toString(36).toUpperCase()}`;
      await pool.query(
        `insert into promo_code (id, member_id, promotion_id, brand_id, participant_id, code) values (gen_random_uuid(), $1, $2, $3, $4, $5)`,
        [member.id, member.promotion_id, member.brand_id, member.participant_id, code],
      );
      codes.push({ code, sku: member.sku });
    }
    const caps = { budget: [], perParticipant: [] };
    for (const promotionId of new Set(members.map((x) => x.promotion_id))) {
      const {
        rows: [c],
      } = await pool.query(`select budget_cap_minor, per_participant_cap_minor from promotion where id = $1`, [promotionId]);
      caps.budget.push(c.budget_cap_minor ?? 'none');
      caps.perParticipant.push(c.per_participant_cap_minor ?? 'none');
      // BENCH_UNCAPPED=1: no caps at all. Otherwise the caps stay (every conversion is counted against them, as in
      // production) but are raised out of reach: the demo's would be reached within a second, and a conversion past
      // a cap earns nothing, so it writes no held lot and no journal — the bench would measure the cheap path.
      await pool.query(
        process.env.BENCH_UNCAPPED === '1'
          ? `update promotion set budget_cap_minor = null, per_participant_cap_minor = null where id = $1`
          : `update promotion set budget_cap_minor = case when budget_cap_minor is null then null else 900000000000000 end,
               per_participant_cap_minor = case when per_participant_cap_minor is null then null else 900000000000000 end where id = $1`,
        [promotionId],
      );
    }
    const prefix = newPrefix();
    const secret = newSecret();
    await pool.query(
      `insert into brand_api_key (id, brand_id, name, prefix, secret_hash, secret_sealed) values (gen_random_uuid(), $1, 'bench', $2, $3, $4)`,
      [m.brand_id, prefix, sha256Hex(secret), seal(config.secrets.key, secret)],
    );
    const currency = config.wallet.currency;
    console.log(
      `postback bench: ${CONCURRENCY} concurrent, ${SECONDS}s each, PostgreSQL ${new URL(serverUrl).host}; promotion caps: ` +
        (process.env.BENCH_UNCAPPED === '1'
          ? 'removed (BENCH_UNCAPPED=1)'
          : `budget ${caps.budget.join('/')}, per participant ${caps.perParticipant.join('/')} in the demo, raised out of reach`) +
        `; ${members.length} member(s) in ${caps.budget.length} promotion(s)`,
    );

    // Conversions first: the baseline's rows would otherwise swell the promotion the caps are counted over.
    const url = `${platform.url}/api/v1/conversions`;
    const conversions = await measure(async (worker, i) => {
      const { code, sku } = codes[(worker + i) % codes.length];
      const body = JSON.stringify({
        orderId: `BENCH-${randomUUID()}`,
        amountMinor: 100_000,
        currency,
        lines: sku ? [{ sku, quantity: 1, unitPriceMinor: 100_000 }] : [],
        promoCode: code,
        occurredAt: new Date(Date.now() - 1000).toISOString(),
        kind: 'SINGLE',
      });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
      const res = await post(url, body, {
        'content-type': 'application/json',
        'x-motiva-key': prefix,
        'x-motiva-timestamp': timestamp,
        'x-motiva-signature': `sha256=${signature}`,
      });
      const text = res.text;
      if (res.status !== 201) throw new Error(`HTTP ${res.status}: ${text}`);
    }, platform.pid);

    const baseline = await measure(async () => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(
          `insert into sale (id, source, participant_id, promotion_id, brand_id, member_id, amount_minor, currency, receipt_date,
             status, reward_minor, explanation, verification, order_id, conversion_kind)
           values ($1, 'PROMO_CODE', $2, $3, $4, $5, 100000, $6, now(), 'APPROVED', 0, '{}', 'NOT_APPLICABLE', $7, 'SINGLE')`,
          [randomUUID(), m.participant_id, m.promotion_id, m.brand_id, m.id, currency, `BASE-${randomUUID()}`],
        );
        await client.query('commit');
      } finally {
        client.release();
      }
    });

    console.table({
      'baseline: raw sale inserts (begin; insert; commit)': baseline,
      'signed conversions (POST /api/v1/conversions)': conversions,
    });
    // What was measured: every conversion should have earned (held lot and journal), none stopped by a cap.
    const {
      rows: [paid],
    } = await pool.query(
      `select count(*)::int as conversions, count(*) filter (where s.reward_minor > 0 and l.sale_id is not null)::int as paid
         from sale s left join ledger_held_lot l on l.sale_id = s.id where s.order_id like 'BENCH-%'`,
    );
    console.log(`conversions stored (warm-up included): ${paid.conversions}, of which earned a held reward: ${paid.paid}`);
    console.log(
      `conversions / baseline = ${((100 * conversions.perSecond) / Math.max(1, baseline.perSecond)).toFixed(1)}% (target >= 50%)`,
    );
  } finally {
    agent.destroy();
    await pool.end();
    await platform.stop();
    if (process.env.BENCH_KEEP_DATABASE === '1') console.log(`kept database ${dbName}`);
    else await admin(`drop database if exists ${dbName}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
