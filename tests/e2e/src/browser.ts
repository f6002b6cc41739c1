import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium, never a downloaded browser; the flags keep it off the (closed) network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

const ARTIFACTS = path.resolve(__dirname, '../artifacts');

/** Screenshots of each step, kept as test artifacts (tests/e2e/artifacts/<flow>/<nn>-<step>.png). */
export function stepShooter(flow: string) {
  let n = 0;
  const dir = path.join(ARTIFACTS, flow);
  mkdirSync(dir, { recursive: true });
  return async (page: Page, step: string) => {
    n += 1;
    await page.screenshot({ path: path.join(dir, `${String(n).padStart(2, '0')}-${step}.png`), fullPage: true });
  };
}
