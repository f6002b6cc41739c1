import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess } from '../../test/api-process';
import { createWorld } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { seedLink, visit, type SeededLink } from './clicks.test-kit';

describe('SIGTERM during a burst of redirects (dist/main.js)', () => {
  let seeder: TestApi;
  let link: SeededLink;

  beforeAll(async () => {
    // An instance of our own only to create the database and seed a link in it; the child serves.
    seeder = await startTestApi();
    link = await seedLink(seeder.db.orm, await createWorld(seeder.db.orm));
  });
  afterAll(() => seeder?.stop());

  it('stores every click whose redirect was answered, no more and no fewer', async () => {
    const { child, url: base } = await startApiProcess(seeder.databaseName, {
      // No timed flush: what the full batches leave queued is written only by the shutdown.
      CLICK_FLUSH_MS: '600000',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

    let answered = 0;
    let refused = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        try {
          const res = await visit(base, link.code);
          if (res.status === 302) answered += 1;
          else throw new Error(`unexpected ${res.status}`);
        } catch (error) {
          if ((error as Error).message.startsWith('unexpected')) throw error;
          refused += 1;
          if (refused > 50) return;
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const before = answered;
    child.kill('SIGTERM');
    const signalled = Date.now();
    const code = await exited;
    const tookMs = Date.now() - signalled;
    stop = true;
    await Promise.all(workers);

    expect(code).toBe(0);
    expect(tookMs).toBeLessThan(10_000);
    expect(before).toBeGreaterThan(100); // a real burst, with clicks surely still queued at the signal
    const [row] = await seeder.db.orm.em
      .fork()
      .execute<Array<{ n: number }>>(`select count(*)::int as n from tracking_click where link_id = ?`, [link.linkId]);
    expect(row!.n).toBe(answered);
  });
});
