#!/usr/bin/env node
/**
 * The tracking redirect against its ceiling, in one run on the same machine:
 *   - bare: a node:http server answering the same 302 (new UUID appended through the URL API),
 *   - motiva: the built API on a fresh database on a real PostgreSQL (demo data plus one tracking link
 *     seeded in SQL), on GET /r/<code>: link cache lookup, click queued, 302.
 * Each target runs in its own process; autocannon drives it from this one with BENCH_CONNECTIONS (10)
 * connections for about BENCH_SECONDS (10) seconds after a warm-up (a run by count, sized from the warm-up's
 * rate, so that it ends with every request answered). Then the API is stopped with SIGTERM (it
 * writes every queued click before it closes the database) and the clicks stored for the link are
 * compared with the 3xx answers the bench received, warm-up included: they must be equal.
 *
 *   npm run bench:redirect
 *   BENCH_SECONDS=5 npm run bench:redirect
 *
 * The database server comes from BENCH_DATABASE_URL / TEST_DATABASE_URL (default: the local one at
 * 127.0.0.1:5432, user postgres). Output: a table, then one JSON line for scripts.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
const WARMUP_REQUESTS = Number(process.env.BENCH_WARMUP_REQUESTS ?? 5000);
const CALIBRATION_REQUESTS = Number(process.env.BENCH_CALIBRATION_REQUESTS ?? 30000);
const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE_SECONDS ?? 5);
const CLOCK_TICKS = Number(process.env.BENCH_CLOCK_TICKS ?? 100);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** CPU seconds a process has used (user + system), from /proc on Linux; null elsewhere. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** CPU seconds used so far by every PostgreSQL process on this machine (BENCH_POSTGRES_CLUSTER: only that cluster's). */
function postgresCpuSeconds() {
  const cluster = process.env.BENCH_POSTGRES_CLUSTER;
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).startsWith('postgres')) continue;
      if (cluster && !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(cluster)) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile, or this is not Linux
    }
  }
  return ticks / CLOCK_TICKS;
}

function startTarget(name, env = {}) {
  return new Promise((resolve, reject) => {
    // BENCH_TARGET_NODE_ARGS: node options for the targets only (`--cpu-prof --cpu-prof-dir=/tmp/prof` to profile them).
    const nodeArgs = (process.env.BENCH_TARGET_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, path.join(here, 'targets', `${name}.mjs`)], {
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s`)), 120_000);
    const exited = new Promise((done) => child.once('exit', (code) => done(code)));
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      for (const line of buffer.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const msg = JSON.parse(line);
          if (!msg.ready) continue;
          clearTimeout(timer);
          resolve({
            port: msg.port,
            pid: child.pid,
            stop: () => {
              if (child.exitCode === null && child.signalCode === null) {
                child.kill('SIGTERM');
                setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
              }
              return exited;
            },
          });
        } catch {
          /* a partial line */
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it was ready`)));
  });
}

/** The demo data's first earning member of an active promotion gets a link to a landing URL on its brand's domain. */
async function seedLink(url) {
  return withClient(url, async (c) => {
    const { rows } = await c.query(`select m.id as member_id, m.promotion_id, m.participant_id, p.brand_id
        from promotion_member m join promotion p on p.id = m.promotion_id
       where p.status = 'ACTIVE' and m.active and m.stage in ('ACCEPTED', 'ACTIVE')
         and (m.valid_from is null or m.valid_from <= now()) and (m.valid_to is null or m.valid_to > now())
       order by m.id limit 1`);
    const m = rows[0];
    if (!m) throw new Error('the demo data has no earning member of an active promotion');
    await c.query(`update brand set site_domains = array_append(site_domains, 'shop.bench.test') where id = $1`, [m.brand_id]);
    await c.query(`update promotion set landing_url = 'https://shop.bench.test/landing?utm_source=motiva' where id = $1`, [m.promotion_id]);
    const existing = await c.query(`update tracking_link set active = true, expires_at = null where member_id = $1 returning id, code`, [
      m.member_id,
    ]);
    if (existing.rows[0]) return { linkId: existing.rows[0].id, code: existing.rows[0].code };
    const { rows: created } = await c.query(
      `insert into tracking_link (id, member_id, promotion_id, brand_id, participant_id, code)
       values (gen_random_uuid(), $1, $2, $3, $4, 'BenchLink01') returning id, code`,
      [m.member_id, m.promotion_id, m.brand_id, m.participant_id],
    );
    return { linkId: created[0].id, code: created[0].code };
  });
}

const redirects = (r) => r['3xx'] ?? 0;

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

async function measure(target, requestPath) {
  // A visitor's browser: its clicks are counted (a request without a user-agent is a bot, stored but never counted).
  const headers = { 'user-agent': BROWSER };
  const opts = { url: `http://127.0.0.1:${target.port}${requestPath}`, connections: CONNECTIONS, headers };
  await autocannon({ ...opts, amount: WARMUP_REQUESTS });
  // The second warm-up runs at the steady rate (the first includes the JIT's work); it is long enough
  // that autocannon's own start and stop do not skew the rate measured from the wall clock.
  const warmStarted = performance.now();
  await autocannon({ ...opts, amount: CALIBRATION_REQUESTS });
  const warmRate = CALIBRATION_REQUESTS / ((performance.now() - warmStarted) / 1000);
  // A run by count, sized from that rate to last about BENCH_SECONDS: it ends when every request has
  // its answer, so nothing is in flight when it stops and the clicks can be counted exactly.
  const amount = Math.max(1_000, Math.round(warmRate * SECONDS));
  const cpuBefore = cpuSeconds(target.pid);
  const pgBefore = postgresCpuSeconds();
  const loadBefore = process.cpuUsage();
  const started = performance.now();
  const r = await autocannon({ ...opts, amount });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuSeconds(target.pid);
  const load = process.cpuUsage(loadBefore);
  const pgUs = Math.round(((postgresCpuSeconds() - pgBefore) * 1e6) / r.requests.total);
  const loadUs = Math.round((load.user + load.system) / r.requests.total);
  const bad = r.errors + r.timeouts + (r.requests.total - redirects(r));
  if (bad) throw new Error(`errors ${r.errors}, timeouts ${r.timeouts}, not 3xx ${r.requests.total - redirects(r)} on ${requestPath}`);
  const cpuUs = cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) * 1e6) / r.requests.total);
  return {
    // Answers over wall-clock time (autocannon's per-second average undercounts a run's last part-second).
    rps: Math.round(r.requests.total / seconds),
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    seconds: Math.round(seconds * 10) / 10,
    redirects: WARMUP_REQUESTS + CALIBRATION_REQUESTS + redirects(r),
    sent: WARMUP_REQUESTS + CALIBRATION_REQUESTS + r.requests.sent,
    cpuUs,
    // PostgreSQL's CPU (writing the clicks) and the load generator's (autocannon, in this process), per request.
    pgUs,
    loadUs,
  };
}

async function main() {
  const dbName = `motiva_bench_redirect_${Date.now()}`;
  await withClient(serverUrl, (c) => c.query(`create database ${dbName}`));
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${dbName}`;
  const running = [];
  const results = {};
  try {
    const bare = await startTarget('bare');
    running.push(bare);
    process.stderr.write('  bare ...');
    results.bare = await measure(bare, '/r/BenchLink01');
    process.stderr.write(` ${results.bare.rps} req/s\n`);
    await bare.stop();

    process.stderr.write('  starting motiva (migrate, seed)...\n');
    const motiva = await startTarget('motiva', { BENCH_TARGET_DATABASE_URL: dbUrl.toString() });
    running.push(motiva);
    const link = await seedLink(dbUrl.toString());
    // The running API learns the new link through LISTEN/NOTIFY; wait for its first 302.
    const base = `http://127.0.0.1:${motiva.port}/r/${link.code}`;
    let checks = 0;
    for (let status = 0; status !== 302; checks += 1) {
      if (checks > 200) throw new Error(`/r/${link.code} never redirected (last ${status})`);
      if (checks) await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await fetch(base, { redirect: 'manual' })).status;
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
    process.stderr.write('  motiva /r/<code> ...');
    results.motiva = await measure(motiva, `/r/${link.code}`);
    process.stderr.write(` ${results.motiva.rps} req/s\n`);
    const exitCode = await motiva.stop();
    const answered = results.motiva.redirects + 1; // and the check that answered 302
    if (results.motiva.sent !== results.motiva.redirects)
      throw new Error(`sent ${results.motiva.sent} but ${results.motiva.redirects} answered`);
    const stored = await withClient(dbUrl.toString(), async (c) => {
      const { rows } = await c.query(`select count(*)::int as n from tracking_click where link_id = $1`, [link.linkId]);
      return rows[0].n;
    });
    results.clicks = { answered, stored, equal: answered === stored, exitCode };
  } finally {
    for (const t of running) await t.stop().catch(() => undefined);
    await withClient(serverUrl, (c) => c.query(`drop database if exists ${dbName} with (force)`));
  }

  const { bare, motiva, clicks } = results;
  const ratio = motiva.rps / bare.rps;
  console.log(`\nTracking redirect: ${CONNECTIONS} connections, ${SECONDS} s each (node ${process.version})\n`);
  console.log(
    `${'target'.padEnd(20)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'CPU µs/req'.padStart(12)}${'PG µs/req'.padStart(11)}${'load µs/req'.padStart(13)}`,
  );
  for (const [name, r] of [
    ['bare 302', bare],
    ['motiva /r/<code>', motiva],
  ]) {
    console.log(
      `${name.padEnd(20)}${String(r.rps).padStart(8)}${String(r.p50).padStart(8)}${String(r.p99).padStart(8)}${String(r.cpuUs ?? '').padStart(12)}${String(r.pgUs).padStart(11)}${String(r.loadUs).padStart(13)}`,
    );
  }
  const cpuRatio = bare.cpuUs && motiva.cpuUs ? bare.cpuUs / motiva.cpuUs : null;
  // The whole machine's CPU per request (target, PostgreSQL, load generator): what the two cores share.
  const whole = (r) => (r.cpuUs ?? 0) + r.pgUs + r.loadUs;
  const machineRatio = whole(motiva) ? whole(bare) / whole(motiva) : null;
  console.log(
    `\nmotiva / bare: ${(100 * ratio).toFixed(0)}% of the requests/s${cpuRatio ? `, ${(100 * cpuRatio).toFixed(0)}% by the target's CPU per request` : ''}` +
      (machineRatio ? `, ${(100 * machineRatio).toFixed(0)}% by the whole machine's (target + PostgreSQL + load generator)` : ''),
  );
  console.log(
    `clicks: ${clicks.answered} redirects answered, ${clicks.stored} stored after SIGTERM (exit ${clicks.exitCode}): ${clicks.equal ? 'all stored' : 'MISMATCH'}`,
  );
  const targets = { ratioAtLeast60: ratio >= 0.6, p99Below10ms: motiva.p99 < 10, everyClickStored: clicks.equal };
  console.log(
    `targets: ${Object.entries(targets)
      .map(([k, v]) => `${k} ${v ? 'met' : 'MISSED'}`)
      .join(', ')}`,
  );
  console.log(
    `\n${JSON.stringify({ connections: CONNECTIONS, seconds: SECONDS, bare, motiva, ratio, cpuRatio, machineRatio, clicks, targets })}`,
  );
  if (!clicks.equal) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
