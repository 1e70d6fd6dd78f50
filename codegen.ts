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
  },
  ignoreNoDocuments: true,
  silent: true,
};
export default config;
