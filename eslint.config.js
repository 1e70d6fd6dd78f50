import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.svelte-kit/**',
      '**/src/lib/gql/**',
      'client/src/gql/**',
      'api/src/migrations/Migration*.ts',
      '.data/**',
      '.test-data/**',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['api/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  // Module boundaries. The platform knows no feature: it imports nothing from modules/. A
  // module reaches another only through that module's front door, its index.ts.
  {
    files: ['api/src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)modules(/|\\.js$)',
              message: 'The platform imports no module: take what you need as a parameter (see platform/module.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/src/**/*.ts', 'api/test/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    ignores: ['api/src/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // …/modules/<m>/<anything but index.js>; inside modules/, also ../<m>/<anything but index.js>
              regex: '/modules/[^/]+/(?!index\\.js$)',
              message: "A module's files are its own: import its index.ts (its public face).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^./][^/]*/(?!index\\.js$)',
              message: "Another module's files are its own: import its index.ts (its public face).",
            },
            {
              regex: '/modules/[^/]+/(?!index\\.js$)',
              message: "A module's files are its own: import its index.ts (its public face).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
