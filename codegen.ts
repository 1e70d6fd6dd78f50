import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations for both front ends, from the committed schema. Operations live in .ts files. */
const app = (name: string): CodegenConfig['generates'][string] => ({
  documents: [`${name}/src/**/*.ts`, `!${name}/src/lib/gql/**`],
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    documentMode: 'string',
    useTypeImports: true,
    enumsAsTypes: true,
    skipTypename: true,
    scalars: { DateTimeISO: 'string', ID: 'string' },
  },
});

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'kiosk/src/lib/gql/': app('kiosk'),
    'admin/src/lib/gql/': app('admin'),
    // The schema's enums for the shared client (ErrorCode, ErrorReason: errors carry them in
    // `extensions`, which no operation selects, so the apps' presets would leave them out).
    'client/src/gql/enums.ts': { plugins: ['typescript'], config: { onlyEnums: true, enumsAsTypes: true } },
  },
  ignoreNoDocuments: true,
  silent: true,
};
export default config;
