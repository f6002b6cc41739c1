import type { PluginOption, ProxyOptions, UserConfig } from 'vite';

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

export function portalConfig(base: PortalBase, plugins: PluginOption[]): UserConfig {
  const port = PORTALS[base];
  return {
    base,
    plugins,
    resolve: { dedupe: DEDUPE },
    // @motiva/schema is CommonJS compiled by tsc and linked, not in node_modules: pre-bundle it for dev.
    optimizeDeps: { include: ['@motiva/schema'] },
    server: { port, strictPort: true, proxy: proxies(base) },
    preview: { port, strictPort: true, proxy: proxies(base) },
    build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  };
}
