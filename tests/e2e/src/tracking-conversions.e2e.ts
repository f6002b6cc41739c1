import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { launchBrowser, stepShooter } from './browser';
import { openSession, signInThroughForm, type BrowserSession } from './session';

const WINTER = 'Зимняя распродажа Aurora';
const BORIS = 'boris@technosila.example';
// The demo brand's API key, seeded with the demo data and printed at start (README's curl example).
const KEY_PREFIX = 'DemoAurora01';
const KEY_SECRET = 'demo-secret-not-for-production-use-00000000';

/** "5 389,70 ₽" or "5,389.70 ₽" -> 538970. */
const minorOf = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** Posts a conversion as the brand's server would: HMAC-SHA256 of "<timestamp>.<raw body>" with the key's secret. */
async function postSigned(baseUrl: string, path: string, payload: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', KEY_SECRET).update(`${timestamp}.${body}`).digest('hex');
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-motiva-key': KEY_PREFIX,
      'x-motiva-timestamp': timestamp,
      'x-motiva-signature': `sha256=${signature}`,
    },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function reloadUntil<T>(page: Page, read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await page.waitForTimeout(1_000);
    await page.reload();
  }
}

/**
 * The affiliate half end to end: the brand finishes tracking set-up from the members board and issues
 * links and codes; a visitor follows Boris's link; the brand's server posts one order with that click
 * and one with Boris's promo code; both are in the brand's conversion report with their commission; the
 * brand refunds one and enters a sale by hand; Boris's balance grows by the commissions that stayed; the brand
 * switches his link off and on from his drawer.
 */
describe('tracking links and promo codes, from set-up to the participant’s balance', () => {
  const baseUrl = inject('baseUrl');
  const shot = stepShooter('tracking-conversions');
  const db = new Client({ connectionString: inject('databaseUrl') });
  const stamp = Date.now();
  const linkOrder = `E2E-LINK-${stamp}`;
  const codeOrder = `E2E-CODE-${stamp}`;
  let browser: Browser;
  let brand: BrowserSession;
  let boris: BrowserSession;
  let promotionId = '';
  let availableBefore = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    await db.connect();
    // The arrangement: Winter also runs on links, holds nothing (so commission is available at once),
    // and Boris is an active member on three percent (another flow may have made him leave).
    const { rows } = await db.query<{ id: string }>(
      `update promotion set holding_days = 0, tracking_modes = array['RECEIPT_CLAIM', 'PROMO_CODE', 'TRACKING_LINK']
        where name = $1 returning id`,
      [WINTER],
    );
    promotionId = rows[0]!.id;
    await db.query(
      `update promotion_member m set stage = 'ACTIVE', active = true, valid_from = null, valid_to = null,
              payout_option_id = (select id from payout_option where promotion_id = $1 and kind = 'PERCENT_OF_SALE' limit 1), override_value = null
        from participant p join app_user u on u.id = p.user_id
       where m.participant_id = p.id and m.promotion_id = $1 and u.email = $2`,
      [promotionId, BORIS],
    );
    brand = await openSession(browser);
    await signInThroughForm(brand.page, baseUrl, 'brand', 'brand@aurora.example');
    await brand.page.getByTestId('nav-promotions').waitFor();
    boris = await openSession(browser);
    await boris.page.setViewportSize({ width: 390, height: 844 }); // the participant portal is used on phones
    await signInThroughForm(boris.page, baseUrl, 'participant', BORIS);
    await boris.page.getByTestId('participant-home').waitFor();
    await boris.page.goto(`${baseUrl}/participant/wallet`);
    availableBefore = minorOf(await boris.page.getByTestId('balance-available').textContent());
  });
  afterAll(async () => {
    await browser?.close();
    await db.end();
  });

  it('the brand finishes the tracking set-up from the members board and issues links and codes', async () => {
    const { page } = brand;
    await page.goto(`${baseUrl}/brand/promotions/${promotionId}/members`);
    await page.getByTestId('tab-members').click();
    await page.getByTestId('tracking-banner').waitFor();
    await shot(page, 'banner');
    await page.getByTestId('tracking-banner-open').click();
    await page.getByTestId('tracking-setup').waitFor();
    await page.getByTestId('tracking-domains').fill('aurora.example');
    await page.getByTestId('tracking-domains').press('Enter');
    await page.getByTestId('tracking-landing-url').fill('https://shop.aurora.example/winter?utm_source=motiva');
    await page.getByTestId('tracking-code-pattern').fill('{NAME}{DIGITS:4}');
    await page.getByTestId('tracking-code-example').waitFor();
    await shot(page, 'setup');
    await page.getByTestId('tracking-save').click();
    await page.getByTestId('tracking-setup').waitFor({ state: 'hidden' });

    await page.getByTestId('tracking-issue').click();
    await page.getByTestId('tracking-issue-results').waitFor();
    await shot(page, 'issued');
    expect(await page.getByTestId('tracking-issue-result').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('tracking-issue-results').waitFor({ state: 'hidden' });
    expect(brand.pageErrors).toEqual([]);
  });

  it('a visitor follows Boris’s link and the brand’s server posts an order for the click and one for his code', async () => {
    const { rows } = await db.query<{ link: string; code: string }>(
      `select l.code as link, c.code from promotion_member m
         join participant p on p.id = m.participant_id join app_user u on u.id = p.user_id
         join tracking_link l on l.member_id = m.id
         join promo_code c on c.member_id = m.id and c.status = 'ACTIVE'
        where m.promotion_id = $1 and u.email = $2`,
      [promotionId, BORIS],
    );
    expect(rows).toHaveLength(1);
    const { link, code } = rows[0]!;
    expect(code).toMatch(/^BORIS\d{4}$/);

    const redirect = await fetch(`${baseUrl}/r/${link}`, {
      redirect: 'manual',
      headers: { 'user-agent': 'Mozilla/5.0 (iPhone) Mobile Safari' },
    });
    expect(redirect.status).toBe(302);
    const landing = new URL(redirect.headers.get('location')!);
    expect(landing.origin + landing.pathname).toBe('https://shop.aurora.example/winter');
    const clickId = landing.searchParams.get('click_id')!;
    expect(clickId).toMatch(/^[0-9a-f-]{36}$/);
    // Clicks are written in batches a moment later; the postback must find this one.
    for (let i = 0; i < 50; i++) {
      if ((await db.query(`select 1 from tracking_click where click_id = $1`, [clickId])).rowCount) break;
      await new Promise((r) => setTimeout(r, 200));
    }

    const order = (orderId: string, extra: Record<string, unknown>) => ({
      orderId,
      amountMinor: 10_000_00,
      currency: 'RUB',
      lines: [{ sku: 'AUR-SB200', quantity: 1, unitPriceMinor: 10_000_00 }],
      occurredAt: new Date().toISOString(),
      ...extra,
    });
    const byClick = await postSigned(baseUrl, '/api/v1/conversions', order(linkOrder, { clickId }));
    expect(byClick.status).toBe(201);
    const byCode = await postSigned(baseUrl, '/api/v1/conversions', order(codeOrder, { promoCode: code.toLowerCase() }));
    expect(byCode.status).toBe(201);
    const again = await postSigned(baseUrl, '/api/v1/conversions', order(codeOrder, { promoCode: code }));
    expect(again.status).toBe(200); // the same order again is the first result, not a second sale
    const { rows: sales } = await db.query<{ order_id: string; source: string; reward_minor: string }>(
      `select order_id, source, reward_minor from sale where order_id in ($1, $2) order by order_id`,
      [codeOrder, linkOrder],
    );
    expect(sales).toEqual([
      { order_id: codeOrder, source: 'PROMO_CODE', reward_minor: '30000' },
      { order_id: linkOrder, source: 'TRACKING_LINK', reward_minor: '30000' },
    ]);
  });

  it('both orders are in the brand’s conversion report with their commission, and a refund reverses one', async () => {
    const { page } = brand;
    await page.getByTestId('tab-report').click();
    await page.getByTestId('report-tab').waitFor();
    const linkRow = page.getByTestId(`conversion-${linkOrder}`);
    const codeRow = page.getByTestId(`conversion-${codeOrder}`);
    await linkRow.waitFor();
    await codeRow.waitFor();
    for (const row of [linkRow, codeRow]) expect(await row.textContent()).toMatch(/300[.,]00/);
    await shot(page, 'report');

    await page.getByTestId(`refund-${linkOrder}`).click();
    await page.getByTestId('refund-form').waitFor();
    await page.getByTestId('refund-amount').fill('10000');
    await page.getByTestId('refund-submit').click();
    await page.getByTestId('refund-form').waitFor({ state: 'hidden' });
    await reloadUntil(
      page,
      async () => {
        await page.getByTestId('tab-report').click();
        return (await page.getByTestId(`conversion-${linkOrder}`).textContent()) ?? '';
      },
      (text) => /REVERSED|Reversed|Возвращ|Отмен/i.test(text) || /−?300[.,]00.*300[.,]00/.test(text),
    );
    const { rows } = await db.query<{ status: string; reward_reversed_minor: string }>(
      `select status, reward_reversed_minor from sale where order_id = $1`,
      [linkOrder],
    );
    expect(rows[0]).toEqual({ status: 'REVERSED', reward_reversed_minor: '30000' });
    await shot(page, 'refunded');
    expect(brand.pageErrors).toEqual([]);
  });

  it('the brand enters a sale by hand for Boris; it is in the report with its commission', async () => {
    const { page } = brand;
    const manualOrder = `E2E-MANUAL-${stamp}`;
    await page.getByTestId('manual-sale-open').click();
    await page.getByTestId('manual-sale-form').waitFor();
    await page.getByTestId('manual-sale-member').click();
    await page.getByTestId('manual-sale-member').fill('Борис');
    await page.getByRole('option', { name: /Борис Кузнецов/ }).click();
    await page.getByTestId('manual-sale-order-id').fill(manualOrder);
    await page.getByTestId('manual-sale-line-0-product').click();
    await page.getByRole('option', { name: /SB200/ }).click();
    await page.getByTestId('manual-sale-line-0-price').fill('10000');
    await shot(page, 'manual-sale');
    await page.getByTestId('manual-sale-submit').click();
    await page.getByTestId('manual-sale-form').waitFor({ state: 'hidden' });
    const row = page.getByTestId(`conversion-${manualOrder}`);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/300[.,]00/);
    const { rows } = await db.query<{ source: string; conversion_kind: string; reward_minor: string }>(
      `select source, conversion_kind, reward_minor from sale where order_id = $1`,
      [manualOrder],
    );
    expect(rows).toEqual([{ source: 'MANUAL', conversion_kind: 'MANUAL', reward_minor: '30000' }]);
    expect(brand.pageErrors).toEqual([]);
  });

  it('Boris’s balance grows by the commissions that stayed', async () => {
    const { page } = boris;
    // The code's order and the manual sale; the link's order was refunded in full.
    const available = await reloadUntil(
      page,
      async () => minorOf(await page.getByTestId('balance-available').textContent()),
      (value) => value === availableBefore + 60000,
    );
    expect(available).toBe(availableBefore + 60000);
    await shot(page, 'participant-balance');
    expect(boris.pageErrors).toEqual([]);
  });

  it('the brand switches Boris’s link off in his drawer and in bulk: visitors get the “no longer active” page; on again, it redirects', async () => {
    const { page } = brand;
    const { rows } = await db.query<{ id: string; link: string }>(
      `select m.id, l.code as link from promotion_member m
         join participant p on p.id = m.participant_id join app_user u on u.id = p.user_id
         join tracking_link l on l.member_id = m.id
        where m.promotion_id = $1 and u.email = $2`,
      [promotionId, BORIS],
    );
    const { id: memberId, link } = rows[0]!;
    // Every API instance's link cache follows the change a moment later (LISTEN/NOTIFY).
    const answers = async (want: number) => {
      let status = 0;
      for (let i = 0; i < 50 && status !== want; i++) {
        if (i) await new Promise((r) => setTimeout(r, 100));
        status = (await fetch(`${baseUrl}/r/${link}`, { redirect: 'manual' })).status;
      }
      return status;
    };
    await page.goto(`${baseUrl}/brand/promotions/${promotionId}/members`);
    await page.getByTestId('tab-members').click();
    await page.locator(`[data-id="${memberId}"]`).getByTestId('member-open').click();
    const drawer = page.getByTestId('member-drawer');
    const state = (label: RegExp) => drawer.locator('[data-testid=member-link-state]', { hasText: label }).waitFor();
    await state(/^(Working|Работает)$/);
    await drawer.getByTestId('member-link-toggle').click();
    await state(/^(Switched off|Отключена)$/);
    await shot(page, 'link-switched-off');
    expect(await answers(410)).toBe(410);
    await drawer.getByTestId('member-link-toggle').click();
    await state(/^(Working|Работает)$/);
    expect(await answers(302)).toBe(302);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // The same from the bulk edit drawer, for the selected members at once.
    await page.locator(`[data-id="${memberId}"]`).getByTestId('member-select').click();
    await page.getByTestId('members-edit-selected').click();
    const card = page.getByTestId('bulk-links');
    await card.getByText(/^(Switch off|Отключить)$/).click();
    await card.getByTestId('bulk-links-apply').click();
    await card.getByText(/^(1 updated|изменено: 1)$/).waitFor();
    await shot(page, 'links-bulk-off');
    expect(await answers(410)).toBe(410);
    await card.getByText(/^(Switch on|Включить)$/).click();
    await card.getByTestId('bulk-links-apply').click();
    await card.getByText(/^(1 updated|изменено: 1)$/).waitFor();
    expect(await answers(302)).toBe(302);
    expect(brand.pageErrors).toEqual([]);
  });
});
