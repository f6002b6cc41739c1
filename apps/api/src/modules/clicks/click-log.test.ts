import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedQuery } from '../../db/prepared-query';
import { createWorld, type World } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { ClickWriter, type Execute, type PendingClick } from './click-writer';
import { ClickAgentClass } from './clicks.enums';
import { BOT_UA, BROWSER_UA, eventually, seedLink, visit, type SeededLink } from './clicks.test-kit';

interface ClickRow {
  click_id: string;
  visitor_hash: string;
  agent_class: string;
  referrer_host: string | null;
  is_unique: boolean;
  clicked_at: Date;
}

describe('the click log', () => {
  let api: TestApi;
  let world: World;
  const silent = pino({ level: 'silent' });
  const execute: Execute = <T>(sql: string, params: unknown[]) => preparedQuery<T>(api.db.orm.em.fork(), 'clicks', sql, params);
  const clicksOf = (link: SeededLink) =>
    api.db.orm.em
      .fork()
      .execute<ClickRow[]>(
        `select click_id, visitor_hash, agent_class, referrer_host, is_unique, clicked_at from tracking_click where link_id = ? order by id`,
        [link.linkId],
      );
  const ready = async (link: SeededLink) =>
    expect(await eventually(async () => api.clicks.cache.decide(link.code, Date.now()).kind === 'redirect')).toBe(true);
  const click = (link: SeededLink, over: Partial<PendingClick> = {}): PendingClick => ({
    clickId: randomUUID(),
    linkId: link.linkId,
    clickedAt: Date.now(),
    address: '203.0.113.7',
    userAgent: BROWSER_UA,
    agentClass: ClickAgentClass.BROWSER,
    referrerHost: null,
    ...over,
  });

  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
  });
  afterAll(() => api?.stop());

  it('stores every redirect with its click id; a visitor counts once per link per hour, bots never', async () => {
    const link = await seedLink(api.db.orm, world);
    await ready(link);
    const ids: string[] = [];
    const go = async (headers: Record<string, string>) => {
      const res = await visit(api.url, link.code, headers);
      expect(res.status).toBe(302);
      ids.push(new URL(res.headers.get('location')!).searchParams.get('click_id')!);
    };
    await go({ referer: 'https://blog.example.org/post?id=1&secret=x' });
    await go({});
    await go({});
    await go({
      'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile Safari/604.1',
    });
    await go({ 'user-agent': BOT_UA });
    await go({ 'user-agent': BOT_UA });
    await go({ 'user-agent': '' });
    await visit(api.url, link.code, {}, 'HEAD');
    await api.clicks.flush();
    const rows = await clicksOf(link);
    expect(rows.map((r) => r.click_id)).toEqual(ids);
    expect(rows.map((r) => [r.agent_class, r.is_unique])).toEqual([
      ['BROWSER', true],
      ['BROWSER', false],
      ['BROWSER', false],
      ['BROWSER', true],
      ['BOT', false],
      ['BOT', false],
      ['BOT', false],
    ]);
    expect(rows[0]!.referrer_host).toBe('blog.example.org');
    expect(rows[1]!.referrer_host).toBeNull();
    for (const row of rows) expect(row.visitor_hash).toMatch(/^[0-9a-f]{64}$/);
    // No raw address anywhere in the row.
    expect(JSON.stringify(rows)).not.toContain('127.0.0.1');
  });

  it('decides uniqueness in the database: across writers (instances), batches and the UTC hour', async () => {
    const link = await seedLink(api.db.orm, world);
    const a = new ClickWriter(execute, silent);
    const b = new ClickWriter(execute, silent);
    const hour = Date.UTC(2026, 11, 3, 10, 0, 0);
    a.enqueue(click(link, { clickedAt: hour + 59 * 60_000 + 59_000 })); // 10:59:59 counts
    a.enqueue(click(link, { clickedAt: hour + 60 * 60_000 })); // 11:00:00, a new hour: counts
    a.enqueue(click(link, { clickedAt: hour + 61 * 60_000 })); // 11:01 same hour: not
    b.enqueue(click(link, { clickedAt: hour + 30 * 60_000 })); // another instance, 10:30: the 10 o'clock hour is taken
    b.enqueue(click(link, { clickedAt: hour + 30 * 60_000, address: '198.51.100.1' })); // another visitor: counts
    b.enqueue(click(link, { clickedAt: hour + 31 * 60_000, agentClass: ClickAgentClass.BOT, address: '192.0.2.1' })); // a bot: never
    await Promise.all([a.flush(), b.flush()]);
    const rows = await clicksOf(link);
    expect(rows).toHaveLength(6);
    const unique = rows.filter((r) => r.is_unique);
    expect(unique).toHaveLength(3);
    // Each (visitor, hour) counted exactly once, whichever instance got there first.
    const keys = unique.map((r) => `${r.visitor_hash}:${new Date(r.clicked_at).getUTCHours()}`);
    expect(new Set(keys).size).toBe(3);
    // The same visitor the same day has the same hash on both writers (the day's salt is shared).
    expect(new Set(rows.filter((r) => r.agent_class === 'BROWSER').map((r) => r.visitor_hash)).size).toBe(2);
  });

  it('a later batch of the same visitor in the same hour does not count again, a new day gets a new hash', async () => {
    const link = await seedLink(api.db.orm, world);
    const w = new ClickWriter(execute, silent);
    const t = Date.UTC(2026, 11, 4, 23, 10);
    w.enqueue(click(link, { clickedAt: t }));
    await w.flush();
    w.enqueue(click(link, { clickedAt: t + 60_000 }));
    w.enqueue(click(link, { clickedAt: t + 24 * 3_600_000 }));
    await w.flush();
    const rows = await clicksOf(link);
    expect(rows.map((r) => r.is_unique)).toEqual([true, false, true]);
    expect(rows[0]!.visitor_hash).toBe(rows[1]!.visitor_hash);
    expect(rows[2]!.visitor_hash).not.toBe(rows[0]!.visitor_hash);
  });

  it('keeps a failed batch and writes it on the next flush, each click once', async () => {
    const link = await seedLink(api.db.orm, world);
    let fail = 1;
    const flaky: Execute = async <T>(sql: string, params: unknown[]) => {
      if (sql.includes('insert into tracking_click') && fail-- > 0) {
        // The statement ran, then the answer was lost: the retry must not store anything twice.
        await execute(sql, params);
        throw new Error('connection reset');
      }
      return execute<T>(sql, params);
    };
    const w = new ClickWriter(flaky, silent, { batchSize: 2 });
    for (let i = 0; i < 5; i += 1) w.enqueue(click(link, { address: `10.0.0.${i}` }));
    await expect(w.flush()).rejects.toThrow('connection reset');
    expect(w.queued).toBe(5);
    await w.flush();
    expect(w.queued).toBe(0);
    const rows = await clicksOf(link);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.is_unique)).toBe(true);
  });

  it('a full queue drops the oldest clicks and counts them', async () => {
    const link = await seedLink(api.db.orm, world);
    const w = new ClickWriter(execute, silent, { maxQueued: 3 });
    const clicks = Array.from({ length: 5 }, () => click(link));
    for (const c of clicks) w.enqueue(c);
    expect(w.dropped).toBe(2);
    await w.stop();
    expect((await clicksOf(link)).map((r) => r.click_id)).toEqual(clicks.slice(2).map((c) => c.clickId));
  });

  it('a click of a link deleted before the flush is skipped without blocking the others', async () => {
    const kept = await seedLink(api.db.orm, world);
    const gone = await seedLink(api.db.orm, world);
    const w = new ClickWriter(execute, silent);
    w.enqueue(click(gone));
    w.enqueue(click(kept));
    await api.db.orm.em.fork().execute(`delete from tracking_link where id = ?`, [gone.linkId]);
    await w.flush();
    expect(await clicksOf(kept)).toHaveLength(1);
    expect(w.queued).toBe(0);
  });
});
