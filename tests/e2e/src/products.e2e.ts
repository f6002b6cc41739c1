import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, stepShooter } from './browser';
import { openSession, signInThroughForm } from './session';

const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** The price exactly as stored, read through the API with the page's own session. */
async function storedPrice(page: Page, sku: string) {
  return page.evaluate(async (search) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
      body: JSON.stringify({
        query:
          'query ($search: String) { products(filter: { search: $search }) { items { sku status listPrice { amountMinor currency } } } }',
        variables: { search },
      }),
    });
    const body = await response.json();
    return body.data.products.items.find((p: { sku: string }) => p.sku === search);
  }, sku);
}

/** Opens the brand's product list narrowed to one SKU and returns that product's row. */
async function findBrandRow(page: Page, sku: string) {
  await page.getByTestId('nav-products').click();
  await page.getByTestId('products-search').fill(sku);
  const row = page.getByTestId('product-row').filter({ hasText: sku });
  await row.waitFor();
  return row;
}

/**
 * A brand lists a product, the admin approves it from the products queue, the brand sees it
 * approved; an edit then sends it back to moderation.
 */
describe('a brand product through moderation', () => {
  const baseUrl = inject('baseUrl');
  const shot = stepShooter('products');
  const sku = `E2E-${Date.now()}`;
  const name = 'Aurora QLED 65" e2e';
  let browser: Browser;

  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  it('the brand adds a product with a price typed in its language; it waits for moderation', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'brand', 'brand@aurora.example');
    await page.getByTestId('nav-products').click();
    await page.getByTestId('product-new').click();
    await page.getByTestId('product-name').fill(name);
    await page.getByTestId('product-sku').fill(sku);
    await page.getByTestId('product-barcode').fill('4601234567824');
    await page.getByTestId('product-category').fill('TV');
    // The account's language decides the separators; type the amount the way that language writes it.
    const ru = (await page.locator('html').getAttribute('lang')) === 'ru';
    await page.getByTestId('product-price').fill(ru ? '54 990,50' : '54,990.50');
    await page.getByTestId('product-currency').selectOption('RUB');
    await shot(page, 'brand-new-product');
    await page.getByTestId('product-save').click();
    await page.getByTestId('product-drawer').waitFor({ state: 'hidden' });

    const row = await findBrandRow(page, sku);
    await row.locator('[data-testid=product-row-status][data-status=PENDING]').waitFor();
    expect(plain(await row.getByTestId('product-price-cell').textContent())).toBe(ru ? '54 990,50 ₽' : 'RUB 54,990.50');
    // Exactly 5 499 050 kopecks: no float rounding anywhere on the way.
    expect(await storedPrice(page, sku)).toEqual({ sku, status: 'PENDING', listPrice: { amountMinor: '5499050', currency: 'RUB' } });
    await shot(page, 'brand-pending');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the admin finds it in the products queue and approves it', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'admin', 'admin@motiva.local');
    await page.getByTestId('nav-products').click();
    await page.getByTestId('queue-search').fill(sku);
    await page.getByTestId('product-row').filter({ hasText: sku }).click();
    const drawer = page.getByTestId('detail-drawer');
    await drawer.getByTestId('detail-sku').filter({ hasText: sku }).waitFor();
    expect(plain(await drawer.getByTestId('detail-brand').textContent())).not.toBe('');
    await shot(page, 'admin-drawer');
    await page.getByTestId('approve-button').click();
    await page.locator('[data-testid=detail-status][data-status=APPROVED]').waitFor();
    await page.locator('[data-testid=decision][data-decision=APPROVED]').waitFor();
    await shot(page, 'admin-approved');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the brand sees it approved, and an edit sends it back to moderation', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'brand', 'brand@aurora.example');
    const row = await findBrandRow(page, sku);
    await row.locator('[data-testid=product-row-status][data-status=APPROVED]').waitFor();
    await shot(page, 'brand-approved');

    await row.click();
    await page.getByTestId('product-remoderation-note').waitFor();
    await page.getByTestId('product-category').fill('Televisions');
    await page.getByTestId('product-save').click();
    await page.getByTestId('product-drawer').waitFor({ state: 'hidden' });
    await row.locator('[data-testid=product-row-status][data-status=PENDING]').waitFor();
    await shot(page, 'brand-edited');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
