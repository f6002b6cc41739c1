import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, stepShooter } from './browser';
import { openSession, signInThroughForm } from './session';

const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** The promotion as stored, read through the API with the page's own session. */
async function storedPromotion(page: Page, name: string) {
  return page.evaluate(async (search) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
      body: JSON.stringify({
        query:
          'query ($search: String) { promotions(filter: { search: $search }) { items { id name status payoutOptions { name kind value isDefault } } } }',
        variables: { search },
      }),
    });
    const body = await response.json();
    return body.data.promotions.items.find((p: { name: string }) => p.name === search);
  }, name);
}

async function openBrandPromotion(page: Page, name: string) {
  await page.getByTestId('nav-promotions').click();
  await page.getByTestId('promotions-search').fill(name);
  // The search is debounced: wait until the table shows only the searched rows, so the click does not
  // land on a row the next render replaces.
  await page.waitForFunction((text) => {
    const rows = [...document.querySelectorAll('[data-testid=promotions-table] tbody tr')];
    return rows.length > 0 && rows.every((row) => row.textContent?.includes(text));
  }, name);
  await page.getByTestId('promotions-table').getByText(name).click();
  await page.getByTestId('promotion-page').waitFor();
}

/**
 * The flow: a brand creates a promotion with two payout options and submits it, the admin
 * approves it, a participant sees it and joins, the brand moves the member to the other payout
 * option, and both the brand and the participant see that change in the member's history.
 */
describe('a promotion from draft to a member’s changed terms', () => {
  const baseUrl = inject('baseUrl');
  const shot = stepShooter('promotions');
  const name = `Aurora e2e ${Date.now()}`;
  const participantName = 'Анна Смирнова';
  let browser: Browser;

  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  it('the brand creates a promotion with two payout options and submits it for review', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'brand', 'brand@aurora.example');
    await page.getByTestId('nav-promotions').click();
    await page.getByTestId('promotion-new').click();
    await page.getByTestId('promotion-name').fill(name);
    await page.getByTestId('promotion-description').fill('Bonus for every Aurora TV sold');
    await page.getByTestId('promotion-rules').fill('One receipt per sale. A photo of the product is required.');
    await page.getByTestId('promotion-products').click();
    await page.getByRole('option', { name: /AUR-TV55/ }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('promotion-product-row').filter({ hasText: 'AUR-TV55' }).waitFor();

    // The first row is a per-unit option and the default; the second one added is a percentage.
    await page.getByTestId('payout-option-0-name').fill('Standard e2e');
    await page.getByTestId('payout-option-0-value').fill('500');
    await page.getByTestId('payout-option-add').click();
    await page.getByTestId('payout-option-1-name').fill('Premium e2e');
    await page.getByTestId('payout-option-1-value').fill('5');
    await shot(page, 'brand-editor');
    await page.getByTestId('promotion-save').click();
    await page.getByTestId('promotion-page').waitFor();

    const stored = await storedPromotion(page, name);
    expect(stored).toMatchObject({ status: 'DRAFT' });
    // 500 ₽ per unit is 50 000 kopecks; 5% is 500 basis points: typed text never went through a float.
    expect(stored.payoutOptions.map((o: any) => [o.name, o.kind, o.value, o.isDefault])).toEqual([
      ['Standard e2e', 'PER_UNIT', '50000', true],
      ['Premium e2e', 'PERCENT_OF_SALE', '500', false],
    ]);

    await page.getByTestId('promotion-submit').click();
    await page.getByTestId('promotion-confirm-ok').click();
    await page.locator('[data-testid=promotion-page][data-status=IN_REVIEW]').waitFor();
    await shot(page, 'brand-in-review');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the admin finds it in the promotions queue and approves it', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'admin', 'admin@motiva.local');
    await page.getByTestId('nav-promotions').click();
    await page.getByTestId('queue-search').fill(name);
    await page.getByTestId('promotion-row').filter({ hasText: name }).click();
    const drawer = page.getByTestId('detail-drawer');
    await drawer.getByTestId('detail-name').filter({ hasText: name }).waitFor();
    await page.waitForTimeout(400); // let the drawer finish sliding in before the screenshot
    await shot(page, 'admin-review');
    await drawer.getByTestId('approve-button').click();
    // It starts tomorrow (the editor's default), so approval schedules it.
    await drawer.locator('[data-testid=detail-status][data-status=SCHEDULED]').waitFor();
    await shot(page, 'admin-approved');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a participant sees it with what they would earn, and joins', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'participant', 'anna@technosila.example');
    await page.getByTestId('nav-promotions').click();
    await page.getByTestId(`promotion-${name}`).click();
    await page.getByTestId('participant-promotion').waitFor();
    // One TV at its list price earns the default option's 500 ₽ per unit.
    expect(plain(await page.getByTestId('earning-AUR-TV55').getByTestId('earning-amount').textContent())).toMatch(/500[.,]00/);
    await page.getByTestId('join-button').click();
    await page.getByTestId('my-terms').waitFor();
    expect(plain(await page.getByTestId('terms-option').textContent())).toBe('Standard e2e');
    await shot(page, 'participant-joined');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the brand moves the member to the other payout option and sees it in the member’s history', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'brand', 'brand@aurora.example');
    await openBrandPromotion(page, name);
    await page.getByTestId('tab-members').click();
    const card = page.getByTestId(`member-card-${participantName}`);
    await card.waitFor();
    expect(await card.getAttribute('data-stage')).toBe('ACCEPTED');
    await card.getByTestId('member-select').click();
    await page.getByTestId('members-edit-selected').click();
    await page.getByTestId('bulk-option-select').click();
    await page.getByRole('option', { name: /Premium e2e/ }).click();
    await shot(page, 'brand-bulk-edit');
    await page.getByTestId('bulk-edit-submit').click();
    await page.locator('[data-testid=bulk-edit-result][data-outcome=UPDATED]').waitFor();
    await page.getByTestId('bulk-edit-done').click();

    await card.getByTestId('member-option').filter({ hasText: 'Premium e2e' }).waitFor();
    await card.getByTestId('member-open').click();
    const history = page.getByTestId('member-drawer').getByTestId('member-history');
    await history.locator('[data-testid=member-history-sentence][data-action="member.updated"]').waitFor();
    expect(plain(await history.textContent())).toContain('Premium e2e');
    await page.waitForTimeout(400); // let the drawer finish sliding in before the screenshot
    await shot(page, 'brand-member-history');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the participant sees the new terms and the change in their own history', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'participant', 'anna@technosila.example');
    await page.getByTestId('nav-promotions').click();
    await page.getByTestId(`promotion-${name}`).click();
    await page.getByTestId('my-terms').waitFor();
    expect(plain(await page.getByTestId('terms-option').textContent())).toBe('Premium e2e');
    const change = page.locator('[data-testid=history-event][data-action="member.updated"]');
    await change.waitFor();
    expect(plain(await change.textContent())).toContain('Premium e2e');
    await shot(page, 'participant-history');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
