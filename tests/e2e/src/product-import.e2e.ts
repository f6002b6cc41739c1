import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, stepShooter } from './browser';
import { openSession, signInThroughForm } from './session';

/**
 * A brand imports a small CSV from the Products page: one good row and one bad one. The import runs
 * as a background job; the page shows its progress, then one product created and one row rejected with
 * its reason, and the new product is in the brand's list waiting for moderation.
 */
describe('a brand imports products from a CSV file', () => {
  const baseUrl = inject('baseUrl');
  const shot = stepShooter('product-import');
  const stamp = Date.now();
  const goodSku = `E2E-IMP-${stamp}`;
  const badSku = `E2E-BAD-${stamp}`;
  let browser: Browser;

  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  it('uploads, watches the progress, reads the report and finds the product', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'brand', 'brand@aurora.example');
    await page.getByTestId('nav-products').click();
    await page.getByTestId('product-import').click();
    await page.getByTestId('import-upload').waitFor();
    await shot(page, 'import-page');

    const csv = `SKU;Name;Category;Price;Currency\n${goodSku};Imported kettle 2 l;Kitchen;1299,90;RUB\n${badSku};Kettle with a typo in the price;Kitchen;12abc;RUB\n`;
    await page.locator('input[type=file]').setInputFiles({ name: 'e2e-products.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-progress').waitFor();
    await shot(page, 'import-started');

    // The page polls until the job is done, however long the queue takes to pick it up.
    await page.locator('[data-testid=import-status][data-status=DONE]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-progress-text').textContent()).toContain('100');
    expect(await page.getByTestId('import-count-created').getAttribute('data-value')).toBe('1');
    expect(await page.getByTestId('import-count-rejected').getAttribute('data-value')).toBe('1');
    const rejected = page.getByTestId('import-rejected-row');
    await rejected.first().waitFor();
    expect(await rejected.count()).toBe(1);
    expect(await rejected.textContent()).toContain(badSku);
    expect(await rejected.getByTestId('import-rejected-reason').textContent()).toContain('1299,90');
    // The import is in the history too.
    await page.getByTestId('import-row').filter({ hasText: 'e2e-products.csv' }).first().waitFor();
    await shot(page, 'import-report');

    await page.getByTestId('import-open-products').click();
    await page.getByTestId('products-search').fill(goodSku);
    const row = page.getByTestId('product-row').filter({ hasText: goodSku });
    await row.waitFor();
    await row.locator('[data-testid=product-row-status][data-status=PENDING]').waitFor();
    await page.getByTestId('products-search').fill(badSku);
    await page.getByTestId('empty-state').waitFor();
    await shot(page, 'products-after-import');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
