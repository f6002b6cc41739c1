import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // glossary.test.ts reads the portals' dictionaries, which take their shared words from the kit:
    // give them the kit's i18n alone rather than every component (much faster in node, same values).
    alias: { '@motiva/ui': fileURLToPath(new URL('./src/i18n/index.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: '../../.test-results/ui.json' }]],
  },
});
