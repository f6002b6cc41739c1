import { fileURLToPath } from 'node:url';
import type { PluginOption, ProxyOptions, UserConfig } from 'vite';

type CodeSplittingGroup = { name: string; test: RegExp; entriesAware?: boolean; entriesAwareMergeThreshold?: number; includeDependenciesRecursively?: boolean };

/** Every portal's base path and its dev-server port; the API listens on 4000. */
export const PORTALS = {
  '/admin/': 5173,
  '/brand/': 5174,
  '/partner/': 5175,
  '/participant/': 5176,
} as const;
export type PortalBase = keyof typeof PORTALS;

const API = process.env.MOTIVA_API_URL ?? 'http://localhost:4000';

/**
 * npm installed some Mantine packages once per workspace; two copies of @mantine/core would mean two
 * React contexts (a provider one copy cannot see). Resolve these from the portal only.
 */
const DEDUPE = [
  'react',
  'react-dom',
  '@mantine/core',
  '@mantine/hooks',
  '@mantine/notifications',
  '@mantine/store',
  '@apollo/client',
  'i18next',
  'react-i18next',
  'react-router',
  'react-router-dom',
  'graphql',
];

/**
 * The dev servers behave like production's single origin: /graphql goes to the API, and the other
 * portals' paths go to their own dev servers, so "open the partner portal" links work in development.
 */
function proxies(base: PortalBase): Record<string, ProxyOptions> {
  const result: Record<string, ProxyOptions> = { '/graphql': { target: API, changeOrigin: false }, '/api': { target: API, changeOrigin: false } };
  for (const [other, port] of Object.entries(PORTALS)) {
    if (other !== base) result[other.slice(0, -1)] = { target: `http://localhost:${port}`, ws: true };
  }
  return result;
}

/**
 * Third-party code in a few chunks of its own, named by what they hold: they change only when a
 * dependency is upgraded, so a release that touches only portal code keeps them cached (the file
 * name carries a content hash). Order matters: the first group whose test matches takes the module.
 */
const VENDOR_GROUPS: CodeSplittingGroup[] = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/ },
  { name: 'vendor-apollo', test: /node_modules[\\/](@apollo|graphql|@wry|optimism|rxjs|tslib|@graphql-typed-document-node|ts-invariant)[\\/]/ },
  { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/ },
  // entriesAware: split by which pages use what, so the Mantine parts only some lazy pages use load
  // with those pages rather than on first load; small splits merge into a neighbour.
  { name: 'vendor-mantine', entriesAware: true, entriesAwareMergeThreshold: 20_000, test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|detect-node-es|get-nonce|react-number-format|react-transition-group|react-textarea-autosize|clsx|tabbable|type-fest|klona)[\\/]/ },
  // The data table and its styles: only list pages (lazy) use it, so it loads with the first of them.
  // After Mantine on purpose, so the Mantine modules it imports stay in vendor-mantine.
  { name: 'vendor-datatable', test: /node_modules[\\/]mantine-datatable[\\/]|packages[\\/]ui[\\/]src[\\/]components[\\/]DataTable[\\/]/, includeDependenciesRecursively: false },
];

export function portalConfig(base: PortalBase, plugins: PluginOption[]): UserConfig {
  const port = PORTALS[base];
  return {
    base,
    plugins,
    resolve: {
      dedupe: DEDUPE,
      // The ES-module build of @motiva/schema (dist/esm): a portal then bundles only the typed
      // documents it imports. Node and the API keep the CommonJS build in the package's `main`.
      alias: [{ find: /^@motiva\/schema$/, replacement: fileURLToPath(new URL('../../schema/dist/esm/index.js', import.meta.url)) }],
    },
    // @motiva/schema is CommonJS compiled by tsc and linked, not in node_modules: pre-bundle it for dev.
    optimizeDeps: { include: ['@motiva/schema'] },
    server: { port, strictPort: true, proxy: proxies(base) },
    preview: { port, strictPort: true, proxy: proxies(base) },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      chunkSizeWarningLimit: 1500,
      // dist/.vite/manifest.json: which chunks and CSS each entry and lazy page loads, read by
      // scripts/check-bundle-size.mjs to hold the first-load budget.
      manifest: true,
      rolldownOptions: {
        output: {
          codeSplitting: { groups: VENDOR_GROUPS },
          // The entries-aware Mantine splits are named after every page sharing them; keep file names short.
          chunkFileNames: (chunk) => `assets/${chunk.name.replace(/~.*/, '')}-[hash].js`,
        },
      },
    },
  };
}
