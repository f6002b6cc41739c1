import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { startPlatform } from '../../platform';
import { eventually, visit } from './clicks.test-kit';

describe('the redirect on the embedded database (PGlite: periodic reload instead of LISTEN)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motiva-clicks-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('learns a new link and a deactivation within the 2 s reload, and stores the clicks', async () => {
    const platform = await startPlatform(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        EMBEDDED_DB_PORT: '0',
        SERVE_PORTALS: 'false',
        LOG_LEVEL: 'silent',
      }),
      pino({ level: 'silent' }),
    );
    try {
      expect(platform.db.embedded).toBe(true);
      const em = platform.db.orm.em.fork();
      const [m] = await em.execute<Array<{ member_id: string; promotion_id: string; participant_id: string; brand_id: string }>>(
        `select m.id as member_id, m.promotion_id, m.participant_id, p.brand_id from promotion_member m join promotion p on p.id = m.promotion_id
          where p.status = 'ACTIVE' and m.active and m.stage in ('ACCEPTED', 'ACTIVE') order by m.id limit 1`,
      );
      expect(m).toBeDefined();
      await em.execute(`update brand set site_domains = '{shop.test}' where id = ?`, [m!.brand_id]);
      await em.execute(`update promotion set landing_url = 'https://shop.test/' where id = ?`, [m!.promotion_id]);
      await em.execute(`delete from tracking_link where member_id = ?`, [m!.member_id]);
      await em.execute(
        `insert into tracking_link (id, member_id, promotion_id, brand_id, participant_id, code) values (gen_random_uuid(), ?, ?, ?, ?, 'EmbeddedLink1')`,
        [m!.member_id, m!.promotion_id, m!.brand_id, m!.participant_id],
      );
      expect(await eventually(async () => (await visit(platform.url, 'EmbeddedLink1')).status === 302, 5_000, 100)).toBe(true);
      await platform.clicks.flush();
      const [row] = await em.execute<Array<{ n: number }>>(
        `select count(*)::int as n from tracking_click c join tracking_link l on l.id = c.link_id where l.code = 'EmbeddedLink1'`,
      );
      expect(row!.n).toBeGreaterThanOrEqual(1);
      await em.execute(`update promotion_member set active = false where id = ?`, [m!.member_id]);
      expect(await eventually(async () => (await visit(platform.url, 'EmbeddedLink1')).status === 410, 5_000, 100)).toBe(true);
    } finally {
      await platform.stop();
    }
  }, 120_000);
});
