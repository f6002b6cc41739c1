import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, stepShooter } from './browser';
import { openSession, signInThroughForm } from './session';

describe('a user in the wrong portal', () => {
  const baseUrl = inject('baseUrl');
  const shot = stepShooter('wrong-portal');
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  it('turns a brand user away from the admin portal with a link to the brand portal', async () => {
    const { page, context } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'admin', 'brand@aurora.example');
    await page.locator('[data-testid=wrong-portal][data-role=BRAND]').waitFor();
    expect(await page.getByTestId('wrong-portal-link').getAttribute('href')).toBe('/brand/');
    await shot(page, 'brand-in-admin');
    // The admin API refuses them too, whatever the page shows.
    const res = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
        body: JSON.stringify({ query: '{ participants { total } }' }),
      });
      return r.json();
    });
    expect(res.errors[0].extensions.code).toBe('FORBIDDEN');
    await page.getByTestId('wrong-portal-link').click();
    await page.waitForURL(`${baseUrl}/brand/`);
    await page.getByTestId('brand-dashboard').waitFor();
    await shot(page, 'brand-dashboard');
    await context.close();
  });

  it('shows a wrong password as a clear error, not a blank page', async () => {
    const { page, context } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'admin', 'admin@motiva.local', 'not the password');
    await page.getByTestId('login-error').waitFor();
    await shot(page, 'wrong-password');
    await context.close();
  });
});
