import type { Browser, BrowserContext, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'motiva-demo-1';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors; a flow fails if the page threw. */
  pageErrors: string[];
}

export async function openSession(browser: Browser, language: 'en' | 'ru' = 'en'): Promise<BrowserSession> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: language === 'ru' ? 'ru-RU' : 'en-US' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { context, page, pageErrors };
}

export async function signInThroughForm(page: Page, baseUrl: string, portal: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/${portal}/`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}
