import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import { launchBrowser, stepShooter } from './browser';
import { openSession, signInThroughForm } from './session';

async function sql<T>(databaseUrl: string, text: string, params: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The link the reset email carries, from the notification outbox (no mail is sent in tests). */
async function resetToken(databaseUrl: string, email: string): Promise<string> {
  const rows = await sql<{ link: string }>(
    databaseUrl,
    `select n.payload->>'link' as link from notification n join app_user u on u.id = n.recipient_id
      where u.email = $1 and n.template = 'password.reset' order by n.created_at desc limit 1`,
    [email],
  );
  expect(rows).toHaveLength(1);
  const link = new URL(rows[0].link);
  expect(link.pathname).toBe('/participant/reset-password');
  return link.searchParams.get('token')!;
}

/**
 * Someone registers (consenting to the policy), forgets the password, asks for a link from the
 * sign-in page, sets a new password from it and signs in with it; the old one no longer works.
 */
describe('forgot password → reset → sign in', () => {
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');
  const shot = stepShooter('forgot-password');
  const email = `e2e-forgot-${Date.now()}@example.com`;
  const oldPassword = 'my first password';
  const newPassword = 'my second password';
  let browser: Browser;

  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  it('registers only with consent to the policy, and the pending user leaves /register', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await page.goto(`${baseUrl}/participant/register`);
    await page.getByTestId('register-name').fill('Forgetful Fiona');
    await page.getByTestId('register-phone').fill('+7 912 345-67-80');
    await page.getByTestId('register-email').fill(email);
    await page.getByTestId('register-city').fill('Samara');
    await page.getByTestId('register-password').fill(oldPassword);
    await page.getByTestId('register-submit').click();
    await page.locator('.mantine-Checkbox-error').filter({ hasText: 'consent' }).waitFor();
    expect(await page.getByTestId('register-policy-link').getAttribute('href')).toBe('/participant/personal-data-policy');
    await shot(page, 'register-needs-consent');
    await page.getByTestId('register-consent').check();
    await page.getByTestId('register-submit').click();
    await page.locator('[data-testid=pending-status][data-status=PENDING]').waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/participant\/?$/);
    expect(pageErrors).toEqual([]);
    await context.close();
    const [user] = await sql<{ version: string }>(
      databaseUrl,
      `select personal_data_policy_version as version from app_user where email = $1`,
      [email],
    );
    expect(user.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The admin's approval is another flow's business (registration-approval); approve directly.
    await sql(databaseUrl, `update participant set status = 'APPROVED' where user_id = (select id from app_user where email = $1)`, [
      email,
    ]);
  });

  it('asks for a link from the sign-in page and gets the same answer as for any email', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await page.goto(`${baseUrl}/participant/`);
    await page.getByTestId('forgot-password-link').click();
    await page.getByTestId('forgot-password-form').waitFor();
    await shot(page, 'forgot-form');
    await page.getByTestId('forgot-password-email').fill(email.toUpperCase());
    await page.getByTestId('forgot-password-submit').click();
    await page.getByTestId('forgot-password-sent').waitFor();
    await shot(page, 'forgot-sent');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('sets a new password from the link, lands signed in, and the link works once', async () => {
    const token = await resetToken(databaseUrl, email);
    const { page, context, pageErrors } = await openSession(browser, 'ru');
    await page.goto(`${baseUrl}/participant/reset-password?token=${encodeURIComponent(token)}`);
    await page.getByTestId('reset-password-form').waitFor();
    await page.getByTestId('reset-password-password').fill(newPassword);
    await page.getByTestId('reset-password-confirm').fill(newPassword);
    await shot(page, 'reset-form-ru');
    await page.getByTestId('reset-password-submit').click();
    await page.getByTestId('participant-profile').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/participant\/?$/);

    await page.goto(`${baseUrl}/participant/reset-password?token=${encodeURIComponent(token)}`);
    await page.getByTestId('reset-password-password').fill('a third password!');
    await page.getByTestId('reset-password-confirm').fill('a third password!');
    await page.getByTestId('reset-password-submit').click();
    await page.getByTestId('reset-password-invalid').waitFor();
    await shot(page, 'reset-link-used');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the old password fails and the new one signs in; an unknown address shows the not-found page', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'participant', email, oldPassword);
    await page.getByTestId('login-error').waitFor();
    await page.getByTestId('login-password').fill(newPassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('participant-profile').waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('my-account').click();
    await page.getByTestId('account-page').waitFor();
    expect(await page.getByTestId('profile-city').inputValue()).toBe('Samara');
    await shot(page, 'account');
    await page.goto(`${baseUrl}/participant/no-such-page`);
    await page.getByTestId('not-found').waitFor();
    await shot(page, 'not-found');
    await page.getByTestId('not-found-home').click();
    await page.getByTestId('participant-profile').waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
