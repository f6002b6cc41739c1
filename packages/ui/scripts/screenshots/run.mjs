#!/usr/bin/env node
// Screenshots of every portal page in English and Russian, with GraphQL stubbed by contract-shaped
// fixtures (no API needed). Build the portals first:
//   npx turbo run build --filter=./apps/admin --filter=./apps/brand-portal --filter=./apps/partner-portal --filter=./apps/participant-portal
//   npm run screenshots -w @motiva/ui            # all scenarios
//   npm run screenshots -w @motiva/ui -- admin   # only scenarios whose name contains "admin"
//   npm run screenshots -w @motiva/ui -- promotion,history   # names containing any of these
//   MOTIVA_URL=http://localhost:5173 npm run screenshots -w @motiva/ui   # against the dev servers
// PNGs land in packages/ui/scripts/screenshots/out/<lang>/<scenario>.png.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { servePortals } from './server.mjs';
import { scenarios } from './scenarios.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const outDir = path.join(here, 'out');
const filters = (process.argv[2] ?? '').split(',');
const LANGUAGES = ['en', 'ru'];

const PORTALS = [
  { base: '/admin/', dist: 'apps/admin/dist' },
  { base: '/brand/', dist: 'apps/brand-portal/dist' },
  { base: '/partner/', dist: 'apps/partner-portal/dist' },
  { base: '/participant/', dist: 'apps/participant-portal/dist' },
];

/** Answers one GraphQL request from the scenario's table of operations. */
async function answer(route, scenario, language) {
  const request = route.request();
  const body = JSON.parse(request.postData() ?? '{}');
  const handler = scenario.ops[body.operationName];
  if (!handler) {
    console.warn(`  ! ${scenario.name}: no stub for ${body.operationName}`);
    await route.fulfill({ json: { data: null, errors: [{ message: 'not stubbed', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } });
    return;
  }
  const result = typeof handler === 'function' ? await handler(body.variables ?? {}, language) : { data: handler };
  if (result.status) {
    await route.fulfill({ status: result.status, body: 'upstream failed' });
    return;
  }
  // The account's saved locale wins in the portals: make it match the language being photographed.
  const viewer = result.data?.me ?? result.data?.login?.viewer;
  if (viewer) viewer.locale = language.toUpperCase();
  await route.fulfill({ json: structuredClone(result) });
}

async function main() {
  // MOTIVA_URL points at running dev servers instead (React's development warnings then show up here).
  const server = process.env.MOTIVA_URL ? null : await servePortals(repoRoot, PORTALS);
  const origin = process.env.MOTIVA_URL ?? `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let failures = 0;
  try {
    for (const language of LANGUAGES) {
      mkdirSync(path.join(outDir, language), { recursive: true });
      for (const scenario of scenarios.filter((s) => filters.some((filter) => s.name.includes(filter)))) {
        const context = await browser.newContext({
          viewport: scenario.viewport ?? { width: 1280, height: 800 },
          locale: language === 'ru' ? 'ru-RU' : 'en-US',
          timezoneId: 'Europe/Moscow',
          deviceScaleFactor: 1,
        });
        await context.addInitScript((lang) => localStorage.setItem('motiva.language', lang), language);
        const page = await context.newPage();
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning')
            console.warn(`  console.${message.type()} [${scenario.name}/${language}]: ${message.text().slice(0, 300)}`);
        });
        page.on('pageerror', (error) => console.warn(`  pageerror [${scenario.name}/${language}]: ${error.message}`));
        await page.route('**/graphql', (route) => answer(route, scenario, language));
        try {
          await page.goto(origin + scenario.path);
          await page.waitForSelector(scenario.waitFor, { timeout: 10000 });
          if (scenario.act) await scenario.act(page, language);
          await page.waitForTimeout(scenario.settle ?? 400); // transitions, debounces
          const file = path.join(outDir, language, `${scenario.name}.png`);
          await page.screenshot({ path: file, fullPage: scenario.fullPage ?? true });
          console.log(`  ✓ ${language}/${scenario.name}.png`);
        } catch (error) {
          failures += 1;
          console.error(`  ✗ ${language}/${scenario.name}: ${error.message.split('\n')[0]}`);
          await page.screenshot({ path: path.join(outDir, language, `${scenario.name}.FAILED.png`) }).catch(() => {});
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server?.close();
  }
  if (failures) {
    console.error(`${failures} scenario(s) failed`);
    process.exitCode = 1;
  }
}

await main();
