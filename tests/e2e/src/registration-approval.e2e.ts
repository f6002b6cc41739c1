import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, stepShooter } from './browser';
import { openSession, signInThroughForm } from './session';

/**
 * The path a new salesperson takes: register with the partner's invite code, wait for moderation,
 * get approved by the admin, sign in and see their portal.
 */
describe('participant registration through approval', () => {
  const baseUrl = inject('baseUrl');
  const shot = stepShooter('registration-approval');
  const email = `e2e-${Date.now()}@example.com`;
  const password = 'correct horse battery';
  let browser: Browser;
  let inviteCode = '';
  let partnerName = '';

  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  it('the partner finds its invite code in the partner portal', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'partner', 'partner@technosila.example');
    inviteCode = (await page.getByTestId('invite-code').textContent())!.trim();
    partnerName = (await page.getByTestId('company-legal-name').textContent())!.trim();
    await shot(page, 'partner-company');
    expect(inviteCode).toBe('TECHNO24');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a participant registers with it (in Russian) and sees the pending status', async () => {
    const { page, context, pageErrors } = await openSession(browser, 'ru');
    await page.goto(`${baseUrl}/participant/register`);
    await page.getByTestId('register-kind-PARTICIPANT').click();
    await page.getByTestId('register-name').fill('Евгения Тестова');
    await page.getByTestId('register-phone').fill('+7 912 345-67-89');
    await page.getByTestId('register-email').fill(email);
    await page.getByTestId('register-city').fill('Казань');
    await page.getByTestId('register-password').fill(password);
    await page.getByTestId('register-invite-code').fill(inviteCode.toLowerCase());
    await expect.poll(() => page.getByTestId('invite-partner-name').textContent()).toContain(partnerName);
    await page.getByTestId('register-consent').check();
    await shot(page, 'participant-register');
    await page.getByTestId('register-submit').click();
    await page.locator('[data-testid=pending-status][data-status=PENDING]').waitFor();
    await shot(page, 'participant-pending');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the admin sees them waiting on the overview, finds them in the participants queue and approves them', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'admin', 'admin@motiva.local');
    // The admin's home: what waits in each queue, the same count in the menu.
    const card = page.getByTestId('overview-PARTICIPANTS');
    const waiting = Number(await card.getByTestId('overview-waiting').textContent());
    expect(waiting).toBeGreaterThan(0);
    expect(await page.getByTestId('queue-count-PARTICIPANTS').textContent()).toBe(waiting > 99 ? '99+' : String(waiting));
    await shot(page, 'admin-overview');
    const desktop = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'admin-overview-phone');
    await page.setViewportSize(desktop);
    await card.getByRole('link').click();
    await page.getByTestId('queue-search').fill(email);
    await page.getByTestId('participant-row').filter({ hasText: email }).click();
    await page.getByTestId('detail-drawer').getByTestId('detail-email').filter({ hasText: email }).waitFor();
    await shot(page, 'admin-drawer');
    await page.getByTestId('approve-button').click();
    await page.locator('[data-testid=detail-status][data-status=APPROVED]').waitFor();
    await page.locator('[data-testid=decision][data-decision=APPROVED]').waitFor();
    await shot(page, 'admin-approved');
    // The decision refreshes the menu's count at once.
    const badge = page.getByTestId('queue-count-PARTICIPANTS');
    if (waiting === 1) await badge.waitFor({ state: 'detached' });
    else await expect.poll(() => badge.textContent()).toBe(waiting - 1 > 99 ? '99+' : String(waiting - 1));
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the participant signs in and sees their portal with their partner company', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await signInThroughForm(page, baseUrl, 'participant', email, password);
    await page.getByTestId('participant-profile').waitFor();
    expect((await page.getByTestId('profile-partner').textContent())!.trim()).toBe(partnerName);
    await shot(page, 'participant-home');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
