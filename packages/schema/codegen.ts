import type { CodegenConfig } from '@graphql-codegen/cli';

// Portals import typed documents from here, so a query that drifts from the schema breaks the build.
// typescript-operations 6 emits the enum and input types it needs itself; adding the `typescript`
// plugin as well declares every one of them twice.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['documents/**/*.graphql'],
  silent: true,
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Role is the one enum both sides compare against; reuse the real TS enum instead of a union.
        enumValues: { Role: '../roles#Role' },
        scalars: { DateTimeISO: 'string', BigInt: 'string', EmailAddress: 'string', JSONObject: 'Record<string, unknown>' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};
export default config;
