/**
 * The API's import rules, checked by `npm run depcruise` (part of `npm test`, so CI fails on a
 * violation). The layers: features (src/modules) and shared code know nothing of the transports
 * (src/graphql, src/http); production code never imports test code; and no runtime import cycle.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'features-know-no-transport',
      comment:
        'A feature or shared helper imports src/graphql or src/http. The request context lives in src/context.ts, ' +
        'loaders in src/loaders, routes are declared with src/routes; only the transports import the features.',
      severity: 'error',
      from: { path: '^src/(modules|shared)/' },
      to: { path: '^src/(graphql|http)/' },
    },
    {
      name: 'no-test-code-in-production',
      comment:
        'Production code imports a test, a test kit (*.test-kit.ts), src/test or vitest: the production build ' +
        '(tsconfig.build.json) would compile it or fail. Move the helper into production code or the import into a test.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['\\.test\\.ts$', '\\.test-kit\\.ts$', '^src/test/'] },
      to: { path: ['\\.test\\.ts$', '\\.test-kit\\.ts$', '^src/test/', '(^|/)node_modules/vitest/'] },
    },
    {
      name: 'no-circular',
      comment:
        'A runtime import cycle: modules in it load half-initialised depending on which is imported first. ' +
        'Cycles through type-only imports are erased at compile time and allowed.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are seen (and labelled type-only): a module must not import graphql/ even for a type.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^dist/' },
  },
};
