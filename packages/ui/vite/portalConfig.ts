import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption, ProxyOptions, UserConfig } from 'vite';

type CodeSplittingGroup = {
  tags?: '$initial'[];
  name: string;
  test: RegExp;
  entriesAware?: boolean;
  entriesAwareMergeThreshold?: number;
  includeDependenciesRecursively?: boolean;
};

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
  const result: Record<string, ProxyOptions> = {
    '/graphql': { target: API, changeOrigin: false },
    '/api': { target: API, changeOrigin: false },
  };
  for (const [other, port] of Object.entries(PORTALS)) {
    if (other !== base) result[other.slice(0, -1)] = { target: `http://localhost:${port}`, ws: true };
  }
  return result;
}

/** Third-party packages by the chunk they go to. */
const VENDORS: Record<string, RegExp> = {
  'vendor-react': /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/,
  'vendor-apollo': /node_modules[\\/](@apollo|graphql|@wry|optimism|rxjs|tslib|@graphql-typed-document-node|ts-invariant)[\\/]/,
  'vendor-i18n': /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/,
  'vendor-mantine':
    /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|detect-node-es|get-nonce|react-number-format|react-transition-group|react-textarea-autosize|clsx|tabbable|type-fest|klona)[\\/]/,
};

/**
 * Third-party code in a few chunks of its own, named by what they hold: they change only when a
 * dependency is upgraded, so a release that touches only portal code keeps them cached (the file
 * name carries a content hash). Order matters: the first group whose test matches takes the module.
 */
const CHUNK_GROUPS: CodeSplittingGroup[] = [
  // Not vendor code, but split the same way: each language's strings, the kit's and the portal's
  // (i18n/**/*.en.ts at any depth, locales/en.ts...), in one chunk that loads only when that language is
  // shown. A language file left out of its chunk lands in the importer's chunk and the two import each
  // other: the brand's split promotions strings did that, and the dictionary never arrived.
  // The kit's sales strings (the `sales` namespace, i18n/sales-strings.ts) before them: only pages that
  // show sales fetch them.
  {
    name: 'sales-messages-en',
    test: /[\\/]i18n[\\/](locales[\\/]sales|saleDetails|salesList)\.en\.ts$/,
    includeDependenciesRecursively: false,
  },
  {
    name: 'sales-messages-ru',
    test: /[\\/]i18n[\\/](locales[\\/]sales|saleDetails|salesList)\.ru\.ts$/,
    includeDependenciesRecursively: false,
  },
  { name: 'messages-en', test: /[\\/]i18n[\\/]([\w-]+[\\/])*([\w-]+\.)?en\.ts$/, includeDependenciesRecursively: false },
  { name: 'messages-ru', test: /[\\/]i18n[\\/]([\w-]+[\\/])*([\w-]+\.)?ru\.ts$/, includeDependenciesRecursively: false },
  // What the first page needs ($initial: the entry's static imports), one chunk per vendor: a few
  // larger files compress better than many small ones, and every first load needs them all.
  ...Object.entries(VENDORS).map(([name, test]): CodeSplittingGroup => ({ name, test, tags: ['$initial'] })),
  // The rest (parts only some lazy pages use, e.g. Mantine's drawer or react-i18next's <Trans>) split
  // by which pages use what, so it loads with those pages; small splits merge into a neighbour.
  ...Object.entries(VENDORS).map(([name, test]): CodeSplittingGroup => ({ name, test, entriesAware: true })),
  // The data table and its styles: only list pages (lazy) use it, so it loads with the first of them.
  // After Mantine on purpose, so the Mantine modules it imports stay in vendor-mantine.
  {
    name: 'vendor-datatable',
    test: /node_modules[\\/]mantine-datatable[\\/]|packages[\\/]ui[\\/]src[\\/]components[\\/]DataTable[\\/]/,
    includeDependenciesRecursively: false,
  },
];

/** A Mantine component's class-name module: .../@mantine/core/esm/components/Button/Button.module.mjs. */
const MANTINE_CLASSES = /^(.*[\\/]@mantine[\\/]core)[\\/]esm[\\/].*[\\/]([A-Za-z]+)\.module\.mjs$/;

/**
 * Mantine's CSS per component instead of its whole stylesheet (about 35 KB gzipped, most of it for
 * components no page renders): each component's class-name module imports that component's
 * stylesheet (Button.module.mjs -> styles/Button.layer.css), so every chunk carries the CSS of
 * exactly the components it renders, in dependency order (a component's parts before it), and a
 * component added later brings its CSS without anyone listing it. The kit imports the global
 * layers (baseline, CSS variables, global classes) itself, in MotivaProvider.
 */
export function mantineComponentCss(): Plugin {
  return {
    name: 'motiva:mantine-component-css',
    transform: {
      filter: { id: /@mantine[\\/]core[\\/]esm[\\/].*\.module\.mjs$/ },
      handler(code, id) {
        const match = MANTINE_CLASSES.exec(id);
        if (!match) return null;
        const stylesheet = join(match[1], 'styles', `${match[2]}.layer.css`);
        if (!existsSync(stylesheet)) return null;
        // Appended, not prepended: imports are hoisted anyway, and the module's source map stays valid.
        return { code: `${code}\nimport ${JSON.stringify(stylesheet)};\n`, map: null };
      },
    },
  };
}

/** rxjs (Apollo Client's) as ES2015 classes rather than its ES5 default build with tslib helpers: a few KB less. */
const RXJS_ES2015 = join(dirname(createRequire(import.meta.url).resolve('rxjs/package.json')), 'dist', 'esm', 'index.js');

/** Mantine's ScrollArea, which imports nothing from @floating-ui/react but `useMergeRefs`. */
const SCROLL_AREA = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]ScrollArea[\\/]ScrollArea\.mjs$/;
const MERGE_REFS = '\0motiva:floating-ui-merge-refs';

/**
 * ScrollArea (in the shell's navbar, so on every first load) takes one small hook from
 * @floating-ui/react, whose single module then lands in the first chunk with everything the lazy
 * popovers use from it (with @floating-ui/dom and core: about 13 KB gzipped). Give ScrollArea the
 * same hook from a module of its own; popovers keep the library. Should ScrollArea ever import more
 * from it, the build fails on the missing export instead of misbehaving.
 */
export function scrollAreaMergeRefs(): Plugin {
  return {
    name: 'motiva:scroll-area-merge-refs',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === '@floating-ui/react' && importer && SCROLL_AREA.test(importer) ? MERGE_REFS : null;
    },
    load(id) {
      if (id !== MERGE_REFS) return null;
      // @floating-ui/react 0.27's useMergeRefs, verbatim (MIT, Floating UI contributors).
      return `import { useCallback, useMemo, useRef } from 'react';
export function useMergeRefs(refs) {
  const cleanupRef = useRef(undefined);
  const refEffect = useCallback((instance) => {
    const cleanups = refs.map((ref) => {
      if (ref == null) return;
      if (typeof ref === 'function') {
        const refCallback = ref;
        const refCleanup = refCallback(instance);
        return typeof refCleanup === 'function' ? refCleanup : () => { refCallback(null); };
      }
      ref.current = instance;
      return () => { ref.current = null; };
    });
    return () => { cleanups.forEach((refCleanup) => refCleanup == null ? void 0 : refCleanup()); };
  }, refs);
  return useMemo(() => {
    if (refs.every((ref) => ref == null)) return null;
    return (value) => {
      if (cleanupRef.current) { cleanupRef.current(); cleanupRef.current = undefined; }
      if (value != null) cleanupRef.current = refEffect(value);
    };
  }, refs);
}
`;
    },
  };
}

export function portalConfig(base: PortalBase, plugins: PluginOption[]): UserConfig {
  const port = PORTALS[base];
  return {
    base,
    plugins: [mantineComponentCss(), scrollAreaMergeRefs(), ...plugins],
    resolve: {
      dedupe: DEDUPE,
      // The ES-module build of @motiva/schema (dist/esm): a portal then bundles only the typed
      // documents it imports. Node and the API keep the CommonJS build in the package's `main`.
      alias: [
        { find: /^@motiva\/schema$/, replacement: fileURLToPath(new URL('../../schema/dist/esm/index.js', import.meta.url)) },
        { find: /^rxjs$/, replacement: RXJS_ES2015 },
      ],
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
          codeSplitting: { groups: CHUNK_GROUPS },
          // The entries-aware Mantine splits are named after every page sharing them; keep file names short.
          chunkFileNames: (chunk) => `assets/${chunk.name.replace(/~.*/, '')}-[hash].js`,
          // Their stylesheets too (vendor-mantine~index~AccountPage.css -> vendor-mantine-[hash].css).
          assetFileNames: (asset) => `assets/${(asset.names[0] ?? 'asset').replace(/\.[^.]*$/, '').replace(/~.*/, '')}-[hash][extname]`,
        },
      },
    },
  };
}
