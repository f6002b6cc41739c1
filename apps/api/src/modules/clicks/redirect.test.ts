import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { eventually, LANDING, seedLink, visit, type SeededLink } from './clicks.test-kit';

describe('GET /r/<code>', () => {
  let api: TestApi;
  let world: World;
  let link: SeededLink;
  const sql = (q: string, p: unknown[] = []) => api.db.orm.em.fork().execute(q, p);
  /** Applies a change in SQL and waits for this instance's cache to see it (through NOTIFY). */
  const change = async (q: string, p: unknown[], code: string, expected: number) => {
    await sql(q, p);
    expect(await eventually(async () => (await visit(api.url, code)).status === expected)).toBe(true);
  };

  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    link = await seedLink(api.db.orm, world);
  });
  afterAll(() => api?.stop());

  it('redirects 302 to the stored landing URL with a new click id appended, keeping its query, never cached', async () => {
    // The link was created after boot: the cache learnt it from the trigger's notification.
    expect(await eventually(async () => (await visit(api.url, link.code)).status === 302)).toBe(true);
    const first = await visit(api.url, link.code);
    const second = await visit(api.url, `${link.code}?to=https://evil.test/`);
    expect(first.status).toBe(302);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    const a = new URL(first.headers.get('location')!);
    const b = new URL(second.headers.get('location')!);
    expect(`${a.origin}${a.pathname}`).toBe('https://shop.brand-a.test/landing');
    expect(a.searchParams.get('utm_source')).toBe('motiva');
    expect(a.searchParams.get('click_id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.searchParams.get('click_id')).not.toBe(a.searchParams.get('click_id'));
    // The visitor's own query never reaches the target.
    expect(b.searchParams.has('to')).toBe(false);
    expect(b.host).toBe('shop.brand-a.test');
  });

  it('answers HEAD like GET', async () => {
    const head = await visit(api.url, link.code, {}, 'HEAD');
    expect(head.status).toBe(302);
    expect(head.headers.get('location')).toContain(LANDING.split('?')[0]);
  });

  it('uses the promotion’s click id parameter and replaces one the landing URL already carries', async () => {
    const other = await seedLink(api.db.orm, world, { landingUrl: 'https://brand-a.test/?ref=1&sub=old' });
    await change(`update promotion set click_id_param = 'sub' where id = ?`, [other.promotionId], other.code, 302);
    expect(
      await eventually(async () => {
        const location = new URL((await visit(api.url, other.code)).headers.get('location')!);
        return location.searchParams.getAll('sub').length === 1 && location.searchParams.get('sub') !== 'old';
      }),
    ).toBe(true);
  });

  it('answers an unknown or malformed code 404 with a readable page, in Russian when preferred', async () => {
    for (const code of ['Zzzz9999', 'abc', 'a'.repeat(17), 'ab%2F..', 'abcd/', 'ab-cd']) {
      const res = await visit(api.url, code);
      expect(res.status, code).toBe(404);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('Link not found');
    }
    const ru = await visit(api.url, 'Zzzz9999', { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' });
    expect(await ru.text()).toContain('Ссылка не найдена');
    const enPreferred = await visit(api.url, 'Zzzz9999', { 'accept-language': 'ru;q=0.5,en;q=0.9' });
    expect(enPreferred.headers.get('content-language')).toBe('en');
  });

  it('answers 410 for an expired link, an inactive or left member, a member outside its dates, a paused promotion', async () => {
    const cases: Array<[string, string, string]> = [
      [
        "update tracking_link set expires_at = now() - interval '1 minute' where id = ?",
        'update tracking_link set expires_at = null where id = ?',
        'linkId',
      ],
      ['update tracking_link set active = false where id = ?', 'update tracking_link set active = true where id = ?', 'linkId'],
      ['update promotion_member set active = false where id = ?', 'update promotion_member set active = true where id = ?', 'memberId'],
      [
        "update promotion_member set stage = 'LEFT' where id = ?",
        "update promotion_member set stage = 'ACCEPTED' where id = ?",
        'memberId',
      ],
      [
        "update promotion_member set valid_to = now() - interval '1 day' where id = ?",
        'update promotion_member set valid_to = null where id = ?',
        'memberId',
      ],
      [
        "update promotion_member set valid_from = now() + interval '1 day' where id = ?",
        'update promotion_member set valid_from = null where id = ?',
        'memberId',
      ],
      ["update promotion set status = 'PAUSED' where id = ?", "update promotion set status = 'ACTIVE' where id = ?", 'promotionId'],
      ['update promotion set landing_url = null where id = ?', 'update promotion set landing_url = ? where id = ?', 'promotionId'],
    ];
    for (const [breakIt, fixIt, key] of cases) {
      const id = link[key as keyof SeededLink];
      await change(breakIt, [id], link.code, 410);
      const gone = await visit(api.url, link.code, { 'accept-language': 'ru' });
      expect(await gone.text(), breakIt).toContain('Ссылка больше не работает');
      await change(fixIt, fixIt.includes('landing_url') ? [LANDING, id] : [id], link.code, 302);
    }
  });

  it('refuses at load a landing URL changed in the database to another host (never an open redirect)', async () => {
    const other = await seedLink(api.db.orm, world);
    await change(`update promotion set landing_url = 'https://evil.test/phish' where id = ?`, [other.promotionId], other.code, 410);
    // A look-alike host that merely ends with the brand's domain text.
    await change(`update promotion set landing_url = 'https://evilbrand-a.test/' where id = ?`, [other.promotionId], other.code, 410);
    await change(`update promotion set landing_url = 'https://user:pw@brand-a.test/' where id = ?`, [other.promotionId], other.code, 410);
    // The schema refuses http:// itself; with that CHECK gone (this test's own database) the load still does.
    await sql(`alter table promotion drop constraint promotion_landing_url_https`);
    await change(`update promotion set landing_url = 'http://shop.brand-a.test/' where id = ?`, [other.promotionId], other.code, 410);
    await change(
      `update promotion set landing_url = 'javascript:alert(1)//brand-a.test' where id = ?`,
      [other.promotionId],
      other.code,
      410,
    );
    await change(`update promotion set landing_url = '//evil.test/brand-a.test' where id = ?`, [other.promotionId], other.code, 410);
    await change(`update promotion set landing_url = 'https://www.brand-a.test/ok' where id = ?`, [other.promotionId], other.code, 302);
    // The brand's domains changing is noticed too.
    await change(`update brand set site_domains = '{other.test}' where id = ?`, [world.brandA.brandId], other.code, 410);
    await change(`update brand set site_domains = '{brand-a.test}' where id = ?`, [world.brandA.brandId], other.code, 302);
  });

  it('a deleted link is forgotten', async () => {
    const other = await seedLink(api.db.orm, world);
    await change(`select 1`, [], other.code, 302);
    await change(`delete from tracking_link where id = ?`, [other.linkId], other.code, 404);
  });

  it('serves /t.js, cacheable, which keeps only a UUID click id', async () => {
    const res = await fetch(`${api.url}/t.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cache-control')).toContain('max-age=');
    const script = await res.text();
    expect(script).toContain('window.motiva.clickId');
    expect(script).toContain('SameSite=Lax');
    expect(script).toContain('Secure');
  });
});
