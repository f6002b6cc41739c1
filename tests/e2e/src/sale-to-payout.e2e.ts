import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { launchBrowser, stepShooter } from './browser';
import { openSession, signInThroughForm, type BrowserSession } from './session';

const BORIS = 'boris@technosila.example';
const WINTER = 'Зимняя распродажа Aurora';

/** A photographed receipt, roughly: paper-coloured, with the fiscal QR printed on it, as a phone's JPEG. */
async function receiptPhoto(qrText: string): Promise<Buffer> {
  const qr = await QRCode.toBuffer(qrText, { width: 360, margin: 2, errorCorrectionLevel: 'M' });
  return sharp({ create: { width: 900, height: 1200, channels: 3, background: '#e4ded0' } })
    .composite([{ input: qr, left: 270, top: 700 }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** yyyymmddThhmm, the fiscal QR's time (the shop's wall clock; here UTC). */
function qrTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}T${p(date.getUTCHours())}${p(date.getUTCMinutes())}`;
}

/** "5 389,70 ₽" or "5,389.70 ₽" -> 538970: the digits of a formatted amount, for comparing figures. */
const minorOf = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

async function openPhone(browser: Browser): Promise<BrowserSession> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'ru-RU',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { context, page, pageErrors };
}

/** Reloads until `read` answers what `accept` wants (a job finishes between two page loads). */
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
 * The heart of the product on a phone: Boris logs a sale with a photo of the receipt whose fiscal QR
 * fills the form, the admin approves it, the points reach his balance (holding 0 days here), he adds
 * a sandbox card and withdraws, the admin approves, the payout is PAID; his partner company sees the
 * sale in his row.
 */
describe('a sale from the receipt photo to the payout', () => {
  const baseUrl = inject('baseUrl');
  const shot = stepShooter('sale-to-payout');
  const fn = '9999078900012345';
  const fiscalI = String(Date.now() % 1_000_000_000);
  const fp = String(Math.floor(Math.random() * 4_000_000_000));
  let browser: Browser;
  let boris: BrowserSession;
  let promotionId = '';
  let saleId = '';
  let withdrawalId = '';
  let availableBefore = 0;
  let rewardMinor = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    const db = new Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    try {
      // The test's one arrangement: no holding period, so approved points are available at once.
      const { rows } = await db.query<{ id: string }>(`update promotion set holding_days = 0 where name = $1 returning id`, [WINTER]);
      promotionId = rows[0]!.id;
    } finally {
      await db.end();
    }
    boris = await openPhone(browser);
    await signInThroughForm(boris.page, baseUrl, 'participant', BORIS);
    await boris.page.getByTestId('participant-home').waitFor();
  });
  afterAll(() => browser?.close());

  it('the participant logs a sale from a receipt photo; its QR prefills the form', async () => {
    const { page } = boris;
    await page.goto(`${baseUrl}/participant/wallet`);
    availableBefore = minorOf(await page.getByTestId('balance-available').textContent());
    expect(availableBefore).toBeGreaterThan(0); // the demo's welcome credit

    await page.goto(`${baseUrl}/participant/promotions/${promotionId}`);
    await page.getByTestId('log-sale').click();
    await page.getByTestId('log-sale-page').waitFor();
    const bought = new Date(Date.now() - 2 * 3_600_000);
    const qr = `t=${qrTime(bought)}&s=12990.00&fn=${fn}&i=${fiscalI}&fp=${fp}&n=1`;
    await page.getByTestId('photo-input').setInputFiles({ name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: await receiptPhoto(qr) });
    await page.getByTestId('photo-qr').waitFor();
    await page.getByTestId('receipt-from-qr').waitFor();
    expect(minorOf(await page.getByTestId('receipt-total').inputValue())).toBe(1299000);
    expect(await page.getByTestId('receipt-fn').inputValue()).toBe(fn);
    await shot(page, 'participant-receipt-read');

    await page.getByTestId('line-product').click();
    await page.getByRole('option', { name: /SB200/ }).click();
    await page.getByTestId('line-quantity').fill('1');
    await page.getByTestId('line-price').fill('12990');
    const preview = page.getByTestId('reward-preview');
    await preview.waitFor();
    await expect.poll(() => preview.textContent()).toMatch(/389/); // 3% of 12 990,00
    await shot(page, 'participant-sale-form');

    await page.getByTestId('sale-submit').click();
    const submitted = page.getByTestId('sale-submitted');
    await submitted.waitFor();
    saleId = (await submitted.getAttribute('data-id'))!;
    expect(saleId).toMatch(/^[0-9a-f-]{36}$/);
    await shot(page, 'participant-sale-submitted');
    expect(boris.pageErrors).toEqual([]);
  });

  it('the admin opens it in the sales queue and approves it', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'admin', 'admin@motiva.local');
    await page.getByTestId('nav-sales').waitFor();
    await page.goto(`${baseUrl}/admin/sales?id=${saleId}`);
    const drawer = page.getByTestId('sale-drawer');
    await drawer.getByTestId('sale-details').waitFor();
    expect(await drawer.getByTestId('sale-fiscal').textContent()).toContain(fn);
    rewardMinor = minorOf(await drawer.getByTestId('sale-reward').first().textContent());
    expect(rewardMinor).toBe(38970);
    await shot(page, 'admin-sale-drawer');
    await drawer.getByTestId('sale-approve').click();
    await drawer.getByTestId('sale-approve').waitFor({ state: 'detached' });
    await shot(page, 'admin-sale-approved');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the points reach the balance; the participant adds a card and withdraws', async () => {
    const { page } = boris;
    await page.goto(`${baseUrl}/participant/sales/${saleId}`);
    await page.locator('[data-testid=sale-page]').waitFor();
    await page.goto(`${baseUrl}/participant/wallet`);
    const available = await reloadUntil(
      page,
      async () => minorOf(await page.getByTestId('balance-available').textContent()),
      (value) => value === availableBefore + rewardMinor,
    );
    expect(available).toBe(availableBefore + rewardMinor);
    await shot(page, 'participant-balance');

    await page.getByTestId('add-card').click();
    await page.getByTestId('card-number').fill('4111 1111 1111 1111');
    await page.getByTestId('card-month').fill('12');
    await page.getByTestId('card-year').fill(String(new Date().getUTCFullYear() + 3));
    await page.getByTestId('card-submit').click();
    await page.getByTestId('card-row').waitFor();
    expect(await page.getByTestId('card-last4').first().textContent()).toContain('1111');

    await page.getByTestId('withdraw').click();
    await page.getByTestId('withdraw-amount').fill('1000'); // in the withdraw modal
    await shot(page, 'participant-withdraw');
    await page.getByTestId('withdraw-submit').click();
    const row = page.locator('[data-testid=withdrawal-row][data-status=REQUESTED]');
    await row.waitFor();
    withdrawalId = (await row.getAttribute('data-id'))!;
    expect(minorOf(await page.getByTestId('balance-available').textContent())).toBe(availableBefore + rewardMinor - 100_000);
    await shot(page, 'participant-withdrawal-requested');
    expect(boris.pageErrors).toEqual([]);
  });

  it('the admin approves the withdrawal and the payout is PAID', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'admin', 'admin@motiva.local');
    await page.getByTestId('nav-withdrawals').click();
    const row = page.locator(`[data-testid=withdrawal-row][data-id="${withdrawalId}"]`);
    await row.locator('input[type=checkbox]').check();
    await page.getByTestId('withdrawals-approve').click();
    await page.getByTestId('approve-confirm').click();
    await page.getByTestId('withdrawal-results').waitFor();
    await shot(page, 'admin-withdrawal-approved');
    expect(pageErrors).toEqual([]);
    await context.close();

    const status = await reloadUntil(
      boris.page,
      () => boris.page.locator(`[data-testid=withdrawal-row][data-id="${withdrawalId}"]`).getAttribute('data-status'),
      (value) => value === 'PAID',
    );
    expect(status).toBe('PAID');
    await shot(boris.page, 'participant-withdrawal-paid');
    expect(boris.pageErrors).toEqual([]);
  });

  it("the partner company sees the sale among its participant's sales", async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'partner', 'partner@technosila.example');
    await page.getByTestId('nav-sales').click();
    const sale = page.locator(`[data-id="${saleId}"]`).first();
    await sale.waitFor();
    expect(await sale.textContent()).toContain('Борис');
    await shot(page, 'partner-sales');

    // And in Boris's row of the results per participant: every sale he logged, this one included.
    const db = new Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    const { rows } = await db
      .query<{ participant_id: string; n: number }>(
        `select s.participant_id, count(*)::int as n from sale s join participant p on p.id = s.participant_id
          join app_user u on u.id = p.user_id where u.email = $1 group by s.participant_id`,
        [BORIS],
      )
      .finally(() => db.end());
    await page.goto(`${baseUrl}/partner/participants?view=results`);
    const row = page.locator(`[data-testid=participant-stats-row][data-id^="${rows[0]!.participant_id}:"]`);
    await expect.poll(() => row.getByTestId('stats-sales-count').textContent()).toBe(String(rows[0]!.n));
    expect(rows[0]!.n).toBeGreaterThanOrEqual(6); // the demo's five and this one
    await shot(page, 'partner-results');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
