import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Without this vitest loads graphql twice (ESM and CJS) and type-graphql fails with
    // "Cannot use GraphQLObjectType from another module or realm".
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    setupFiles: ['src/test/setup-file.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '../../.test-results/api.json' }]],
  },
});
