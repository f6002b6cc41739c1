#!/usr/bin/env node
// Drives the real API + built portals through the two key flows, with the data-testids the e2e suite
// uses. Start the API first (it serves the portals), then:
//   MOTIVA_URL=http://localhost:4000 node packages/ui/scripts/smoke/live-flow.mjs
// Needs the demo seed (the embedded database seeds it). Screenshots land in ../screenshots/out/live/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = process.env.MOTIVA_URL ?? 'http://localhost:4000';
const PASSWORD = 'motiva-demo-1';
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '../screenshots/out/live');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function session(language = 'en') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: language === 'ru' ? 'ru-RU' : 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.warn('  pageerror:', e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.warn(`  console.${m.type()}: ${m.text().slice(0, 400)}`);
  });
  return { context, page };
}

async function signIn(page, portal, email, password = PASSWORD) {
  await page.goto(`${BASE}/${portal}/`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

const shot = (page, name) => page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
const step = (text) => console.log(`• ${text}`);

try {
  // 1. A partner reads its invite code.
  step('partner signs in and reads the invite code');
  const partner = await session();
  await signIn(partner.page, 'partner', 'partner@technosila.example');
  const inviteCode = (await partner.page.getByTestId('invite-code').textContent()).trim();
  const partnerName = (await partner.page.getByTestId('company-legal-name').textContent()).trim();
  await shot(partner.page, '1-partner-company');
  console.log(`  invite code ${inviteCode} (${partnerName})`);
  await partner.context.close();

  // 2. A participant registers with it and lands on the pending page.
  step('participant registers with the invite code');
  const email = `e2e-${Date.now()}@example.com`;
  const participant = await session('ru');
  await participant.page.goto(`${BASE}/participant/register`);
  await participant.page.getByTestId('register-kind-PARTICIPANT').click();
  await participant.page.getByTestId('register-name').fill('Евгения Тестова');
  await participant.page.getByTestId('register-phone').fill('+7 912 345-67-89');
  await participant.page.getByTestId('register-email').fill(email);
  await participant.page.getByTestId('register-city').fill('Казань');
  await participant.page.getByTestId('register-password').fill('correct horse battery');
  await participant.page.getByTestId('register-invite-code').fill(inviteCode);
  await participant.page.getByTestId('invite-partner-name').waitFor();
  await shot(participant.page, '2-participant-register');
  await participant.page.getByTestId('register-submit').click();
  await participant.page.locator('[data-testid=pending-status][data-status=PENDING]').waitFor();
  await shot(participant.page, '3-participant-pending');
  await participant.context.close();

  // 3. The admin approves them.
  step('admin approves the participant');
  const admin = await session();
  await signIn(admin.page, 'admin', 'admin@motiva.local');
  await admin.page.getByTestId('queue-search').fill(email);
  const row = admin.page.getByTestId('participant-row').filter({ hasText: email });
  await row.click();
  await admin.page.getByTestId('detail-drawer').getByTestId('detail-email').filter({ hasText: email }).waitFor();
  await shot(admin.page, '4-admin-drawer');
  await admin.page.getByTestId('approve-button').click();
  await admin.page.locator('[data-testid=detail-status][data-status=APPROVED]').waitFor();
  await admin.page.locator('[data-testid=decision][data-decision=APPROVED]').waitFor();
  await shot(admin.page, '5-admin-approved');
  await admin.context.close();

  // 4. The participant signs in and sees their portal.
  step('participant signs in and sees their portal');
  const back = await session();
  await signIn(back.page, 'participant', email, 'correct horse battery');
  await back.page.getByTestId('participant-profile').waitFor();
  const company = (await back.page.getByTestId('profile-partner').textContent()).trim();
  if (company !== partnerName) throw new Error(`profile shows partner "${company}", expected "${partnerName}"`);
  await shot(back.page, '6-participant-home');
  // The language choice is saved on the account: switch, sign out, sign in, and it is still there.
  await back.page.getByTestId('user-menu').click();
  await back.page.getByTestId('language-ru').click();
  await back.page.locator('html[lang=ru]').waitFor();
  await back.page.getByTestId('sign-out').click();
  await back.page.getByTestId('login-submit').waitFor();
  await back.page.evaluate(() => localStorage.setItem('motiva.language', 'en'));
  await signIn(back.page, 'participant', email, 'correct horse battery');
  await back.page.getByTestId('participant-profile').waitFor();
  await back.page.locator('html[lang=ru]').waitFor();
  await back.context.close();

  // 5. A brand user is turned away from the admin portal.
  step('brand user opens the admin portal and is turned away');
  const brand = await session();
  await signIn(brand.page, 'admin', 'brand@aurora.example');
  await brand.page.locator('[data-testid=wrong-portal][data-role=BRAND]').waitFor();
  const href = await brand.page.getByTestId('wrong-portal-link').getAttribute('href');
  if (href !== '/brand/') throw new Error(`wrong-portal link goes to ${href}`);
  await shot(brand.page, '7-brand-in-admin');
  await brand.page.getByTestId('sign-out').click();
  await brand.page.getByTestId('login-submit').waitFor();
  await brand.context.close();

  console.log('all flows passed');
} catch (error) {
  console.error('FAILED:', error.message);
  process.exitCode = 1;
} finally {
  await browser.close();
}
