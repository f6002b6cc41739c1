import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, LOGIN, PASSWORD, type World } from '../../test/fixtures';
import { databaseUrl } from '../../test/database-server';

const WORKER = path.resolve(__dirname, '../../../dist/worker.js');
const ROWS = 20_000;

/** The built worker (`npm run worker`), the process that runs imports when the API is scaled out. */
function startWorker(api: TestApi): ChildProcess {
  return spawn(process.execPath, [WORKER], {
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl(api.databaseName), LOG_LEVEL: 'silent' },
    stdio: 'inherit',
  });
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

describe('CSV import crash recovery', () => {
  let api: TestApi;
  let world: World;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: build the API first (npm test does)`);
    // The API takes the upload; only the spawned workers run jobs.
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    world = await createWorld(api.db.orm);
  });
  afterAll(async () => {
    for (const child of children) await stop(child, 'SIGKILL');
    await api?.stop();
  });

  const importState = async (id: string) => {
    const [row] = await api.db.orm.em
      .fork()
      .execute<{ status: string; processed_rows: number; created_rows: number; attempts: number }[]>(
        `select status, processed_rows, created_rows, attempts from product_import where id = ?`,
        [id],
      );
    return row!;
  };

  it('resumes an import whose process was killed -9 mid-run within a minute of the restart, every row exactly once', async () => {
    const client = api.client();
    const { login } = await client.ok(LOGIN, { email: world.brandA.email, password: PASSWORD });
    const csv = `sku,name,price\n${Array.from({ length: ROWS }, (_, i) => `CRASH-${i},Product ${i},${i}.25`).join('\n')}\n`;
    const res = await fetch(`${api.url}/api/brand/product-imports?fileName=crash.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'x-motiva-upload': '1', authorization: `Bearer ${login.token}` },
      body: csv,
    });
    expect(res.status).toBe(202);
    const id = ((await res.json()) as { productImport: { id: string } }).productImport.id;

    // The first worker starts the import; it dies without a word once some batches are committed.
    const first = startWorker(api);
    children.push(first);
    let deadline = Date.now() + 30_000;
    while ((await importState(id)).processed_rows < 1_000) {
      if (Date.now() > deadline) throw new Error('the first worker did not start the import');
      await new Promise((r) => setTimeout(r, 10));
    }
    await stop(first, 'SIGKILL');
    const killed = await importState(id);
    expect(killed.status).toBe('RUNNING');
    expect(killed.processed_rows).toBeLessThan(ROWS);

    // A new process resumes it: within a minute, not when pg-boss would expire the dead run's job.
    const restartedAt = Date.now();
    const second = startWorker(api);
    children.push(second);
    deadline = restartedAt + 60_000;
    while ((await importState(id)).status !== 'DONE') {
      if (Date.now() > deadline) throw new Error(`import still ${JSON.stringify(await importState(id))} a minute after the restart`);
      await new Promise((r) => setTimeout(r, 250));
    }
    await stop(second, 'SIGTERM');

    const done = await importState(id);
    expect(done).toMatchObject({ status: 'DONE', processed_rows: ROWS, created_rows: ROWS });
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    const [rows] = await api.db.orm.em
      .fork()
      .execute<{ reports: number; distinct_rows: number; products: number; distinct_skus: number }[]>(
        `select (select count(*)::int from product_import_row where product_import_id = ?) as reports,
              (select count(distinct row_number)::int from product_import_row where product_import_id = ?) as distinct_rows,
              (select count(*)::int from product where brand_id = ? and sku like 'CRASH-%') as products,
              (select count(distinct sku)::int from product where brand_id = ? and sku like 'CRASH-%') as distinct_skus`,
        [id, id, world.brandA.brandId, world.brandA.brandId],
      );
    expect(rows).toEqual({ reports: ROWS, distinct_rows: ROWS, products: ROWS, distinct_skus: ROWS });
  }, 120_000);
});
