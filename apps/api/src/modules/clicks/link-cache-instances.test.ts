import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl } from '../../test/database-server';
import { createWorld, type World } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { eventually, seedLink, visit } from './clicks.test-kit';

/** How long B took to see a change made through A, in ms (polling every 10 ms). */
async function timeUntil(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  expect(await eventually(check, 5_000, 10)).toBe(true);
  return Date.now() - started;
}

describe('the link cache on two API instances over one database', () => {
  let a: TestApi;
  let b: TestApi;
  let world: World;

  beforeAll(async () => {
    a = await startTestApi();
    b = await startTestApi({ DATABASE_URL: databaseUrl(a.databaseName) });
    world = await createWorld(a.db.orm);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('a member deactivated through instance A answers 410 on instance B within a second, and back', async () => {
    const link = await seedLink(a.db.orm, world);
    await timeUntil(async () => (await visit(b.url, link.code)).status === 302);
    await a.db.orm.em.fork().execute(`update promotion_member set active = false where id = ?`, [link.memberId]);
    expect(await timeUntil(async () => (await visit(b.url, link.code)).status === 410)).toBeLessThan(1_000);
    await a.db.orm.em.fork().execute(`update promotion_member set active = true where id = ?`, [link.memberId]);
    expect(await timeUntil(async () => (await visit(b.url, link.code)).status === 302)).toBeLessThan(1_000);
  });

  it('a promotion paused on A is gone on B within a second for all its links', async () => {
    const first = await seedLink(a.db.orm, world);
    const second = await seedLink(a.db.orm, world, { participantId: world.participantB.participantId, promotionId: first.promotionId });
    await timeUntil(async () => (await visit(b.url, second.code)).status === 302);
    await a.db.orm.em.fork().execute(`update promotion set status = 'PAUSED' where id = ?`, [first.promotionId]);
    const took = await timeUntil(
      async () => (await visit(b.url, first.code)).status === 410 && (await visit(b.url, second.code)).status === 410,
    );
    expect(took).toBeLessThan(1_000);
  });

  it('a visitor clicking on both instances in the same hour counts once', async () => {
    const link = await seedLink(a.db.orm, world);
    await timeUntil(async () => (await visit(a.url, link.code)).status === 302 && (await visit(b.url, link.code)).status === 302);
    await Promise.all([a.clicks.flush(), b.clicks.flush()]);
    const [row] = await a.db.orm.em
      .fork()
      .execute<Array<{ all: number; unique: number }>>(
        `select count(*)::int as all, count(*) filter (where is_unique)::int as unique from tracking_click where link_id = ?`,
        [link.linkId],
      );
    expect(row!.all).toBeGreaterThanOrEqual(2);
    expect(row!.unique).toBe(1);
  });

  it('after its listening connection is killed, B reconnects, reloads fully and follows changes again', async () => {
    const link = await seedLink(a.db.orm, world);
    await timeUntil(async () => (await visit(b.url, link.code)).status === 302);
    const killed = await a.db.orm.em
      .fork()
      .execute<Array<{ pid: number }>>(
        `select pg_terminate_backend(pid) as pid from pg_stat_activity where application_name = 'motiva-link-listener' and datname = current_database()`,
      );
    expect(killed.length).toBe(2); // A's and B's listeners
    // Changed while the listeners are down: only the full reload on reconnect can notice this one.
    await a.db.orm.em.fork().execute(`update tracking_link set active = false where id = ?`, [link.linkId]);
    await timeUntil(async () => (await visit(b.url, link.code)).status === 410);
    await a.db.orm.em.fork().execute(`update tracking_link set active = true where id = ?`, [link.linkId]);
    await timeUntil(async () => (await visit(b.url, link.code)).status === 302);
  });
});
