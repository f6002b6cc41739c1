import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import { launchBrowser, stepShooter } from './browser';
import { openSession, signInThroughForm } from './session';

/**
 * The link the invitation email carries, read from the notification outbox (no mail is sent in
 * tests). Only the token is taken: PUBLIC_URL is not the address the test server listens on.
 */
async function invitationToken(databaseUrl: string, email: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ link: string }>(
      `select n.payload->>'link' as link
         from notification n join app_user u on u.id = n.recipient_id
        where u.email = $1 and n.template = 'brand.invite'
        order by n.created_at desc limit 1`,
      [email],
    );
    expect(rows).toHaveLength(1);
    const link = new URL(rows[0].link);
    expect(link.pathname).toBe('/brand/set-password');
    return link.searchParams.get('token')!;
  } finally {
    await client.end();
  }
}

/**
 * A new manufacturer joins: the admin creates the brand and invites its first user; the user opens
 * the one-time link, sets a password and lands signed in on the brand dashboard; the link then
 * works no more.
 */
describe('a brand invitation from the admin portal to the brand dashboard', () => {
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');
  const shot = stepShooter('brand-invitation');
  const stamp = Date.now();
  const legalName = `ООО «Полярные напитки ${stamp}»`;
  const email = `e2e-brand-${stamp}@example.com`;
  const password = 'a strong new password';
  let browser: Browser;
  let token = '';

  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  it('the admin creates a brand and invites its user; the same email cannot be invited twice', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'admin', 'admin@motiva.local');
    await page.getByTestId('nav-brands').click();
    await page.getByTestId('brand-row').first().waitFor();
    await page.getByTestId('brand-new').click();
    // A tax id whose check digits are wrong comes back under its field.
    await page.getByTestId('brand-legal-name').fill(legalName);
    await page.getByTestId('brand-tax-id').fill('7812345670');
    await page.getByTestId('brand-address').fill('183038, г. Мурманск, пр. Ленина, д. 82');
    await page.getByTestId('create-brand-submit').click();
    await page.getByTestId('create-brand-error').waitFor();
    await shot(page, 'admin-create-bad-inn');
    await page.getByTestId('brand-tax-id').fill('7812345675');
    await page.getByTestId('create-brand-submit').click();

    // Created: its drawer opens on the next step, inviting people.
    const drawer = page.getByTestId('brand-drawer');
    await drawer.getByTestId('detail-name').filter({ hasText: legalName }).waitFor();
    await drawer.getByTestId('brand-users-empty').waitFor();
    await drawer.getByTestId('invite-name').fill('Мария Полярная');
    await drawer.getByTestId('invite-email').fill(email.toUpperCase());
    await drawer.getByTestId('invite-submit').click();
    expect(await drawer.getByTestId('invite-success').textContent()).toContain(email);
    await drawer.locator(`[data-testid=brand-user][data-email="${email}"]`).waitFor();
    expect((await drawer.getByTestId('brand-users-count').textContent())?.trim()).toBe('1');
    await shot(page, 'admin-invited');

    await drawer.getByTestId('invite-name').fill('Someone Else');
    await drawer.getByTestId('invite-email').fill(email);
    await drawer.getByTestId('invite-submit').click();
    await drawer.getByTestId('invite-error').waitFor();
    expect(await drawer.getByTestId('brand-user').count()).toBe(1);
    await shot(page, 'admin-invite-conflict');

    // The list finds it by name and counts its user.
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByTestId('brands-search').fill(String(stamp));
    const row = page.getByTestId('brand-row').filter({ hasText: legalName });
    await row.waitFor();
    await expect.poll(() => page.getByTestId('brand-row').count()).toBe(1);
    expect((await row.getByTestId('brand-users-cell').textContent())?.trim()).toBe('1');
    await shot(page, 'admin-list');
    expect(pageErrors).toEqual([]);
    await context.close();

    token = await invitationToken(databaseUrl, email);
    expect(token.length).toBeGreaterThanOrEqual(20);
  });

  it('the invited user sets a password from the link and lands signed in on the brand dashboard', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await page.goto(`${baseUrl}/brand/set-password?token=${encodeURIComponent(token)}`);
    await page.getByTestId('set-password-form').waitFor();
    await shot(page, 'set-password');
    // Checked before anything is sent: the two must match.
    await page.getByTestId('set-password-password').fill(password);
    await page.getByTestId('set-password-confirm').fill(`${password}!`);
    await page.getByTestId('set-password-submit').click();
    await page.locator('[data-testid=set-password-confirm][data-invalid]').waitFor();

    await page.getByTestId('set-password-confirm').fill(password);
    await page.getByTestId('set-password-submit').click();
    await page.getByTestId('brand-dashboard').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/brand\/?$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(legalName);
    // The session is real: a reload still shows the dashboard, not the sign-in form.
    await page.reload();
    await page.getByTestId('brand-dashboard').waitFor();
    await shot(page, 'brand-dashboard');

    // The link works once.
    await page.goto(`${baseUrl}/brand/set-password?token=${encodeURIComponent(token)}`);
    await page.getByTestId('set-password-password').fill('another strong password');
    await page.getByTestId('set-password-confirm').fill('another strong password');
    await page.getByTestId('set-password-submit').click();
    await page.getByTestId('set-password-invalid').waitFor();
    await shot(page, 'link-used');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the new password signs in through the ordinary form', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'brand', email, password);
    await page.getByTestId('brand-dashboard').waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
