#!/usr/bin/env node
// The first-load budget of each portal: the gzipped JS and CSS the browser fetches for the sign-in
// page (the entry and everything it imports statically) and for the portal's home page (the same
// plus the home page's lazy chunk and its static imports), read from Vite's build manifest.
// Run after `turbo run build`; exits 1 when any figure is over the budget.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The target is 250 KB; route splitting and vendor chunks brought the portals from 324-399 KB
// to 289-336 KB. The enforced figure is a ratchet just above today's largest, so size cannot creep
// back; lower it as pages and vendors are trimmed (next: per-component Mantine CSS, see README).
const TARGET_KB = 250;
const BUDGET_KB = 340;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each portal and the page its home ("/") shows to a signed-in user. */
const PORTALS = [
  { name: 'admin', dir: 'apps/admin', home: 'src/pages/ParticipantsQueuePage/index.ts' },
  { name: 'brand-portal', dir: 'apps/brand-portal', home: 'src/pages/DashboardPage/index.ts' },
  { name: 'partner-portal', dir: 'apps/partner-portal', home: 'src/pages/CompanyPage/index.ts' },
  { name: 'participant-portal', dir: 'apps/participant-portal', home: 'src/pages/HomePage/index.ts' },
];

function gzipKb(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** The files (JS and CSS) loaded with `key`: its own chunk, its CSS and its static imports, recursively. */
function staticClosure(manifest, key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, files);
  return files;
}

const rows = [];
let failed = false;
for (const portal of PORTALS) {
  const dist = join(root, portal.dir, 'dist');
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`${portal.name}: ${manifestPath} is missing; build the portals first (build.manifest is on in portalConfig).`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const signIn = staticClosure(manifest, entry);
  const home = staticClosure(manifest, portal.home, new Set(signIn));
  for (const [page, files] of [['sign-in', signIn], ['home', home]]) {
    const list = [...files];
    const sum = (ext) => list.filter((f) => f.endsWith(ext)).reduce((total, f) => total + gzipKb(join(dist, f)), 0);
    const js = sum('.js');
    const css = sum('.css');
    const total = js + css;
    const over = total > BUDGET_KB;
    failed ||= over;
    rows.push({ portal: portal.name, page, files: list.length, 'JS KB': js.toFixed(1), 'CSS KB': css.toFixed(1), 'total KB (gzip)': total.toFixed(1), budget: over ? `OVER ${BUDGET_KB}` : `ok ≤ ${BUDGET_KB}`, [`target ${TARGET_KB}`]: total > TARGET_KB ? 'not yet' : 'met' });
  }
}
console.table(rows);
if (failed) {
  console.error(`A portal's first load is over the ${BUDGET_KB} KB gzipped budget: split or trim it (see README, "Portal size").`);
  process.exit(1);
}
