import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/**
 * A relative import stays inside its own workspace (kiosk/, admin/, ui/): another workspace is
 * reached through its package (@linli/client, @linli/ui), never by a path into its files.
 */
const ownWorkspace = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      outside:
        "'{{source}}' reaches into {{target}}/, outside {{own}}/: import another workspace as @linli/client or @linli/ui.",
    },
  },
  create(context) {
    const root = import.meta.dirname;
    const [own] = path.relative(root, context.filename).split(path.sep);
    const check = (source) => {
      if (typeof source?.value !== 'string' || !source.value.startsWith('.')) return;
      const [target] = path.relative(root, path.resolve(path.dirname(context.filename), source.value)).split(path.sep);
      if (target !== own)
        context.report({ node: source, messageId: 'outside', data: { source: source.value, target, own } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
    };
  },
};

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
  {
    // The apps share code only through @linli/client and @linli/ui (not the API's, not each other's).
    files: ['kiosk/src/**/*.{ts,svelte}', 'admin/src/**/*.{ts,svelte}', 'ui/src/**/*.{ts,svelte}'],
    plugins: { linli: { rules: { 'own-workspace': ownWorkspace } } },
    rules: {
      'linli/own-workspace': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@linli/*', '!@linli/client', '!@linli/ui'],
              message: 'Another workspace is reached only through @linli/client or @linli/ui.',
            },
            {
              group: ['@linli/client/*', '@linli/ui/*'],
              message: 'Import the package itself (@linli/client, @linli/ui), not its files.',
            },
          ],
        },
      ],
    },
  },
  {
    // ui sits beneath the apps: it knows the API client, never an app nor itself by name.
    files: ['ui/src/**/*.{ts,svelte}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@linli/*', '!@linli/client'],
              message: '@linli/ui may import only @linli/client among the workspaces.',
            },
            {
              group: ['@linli/client/*'],
              message: 'Import the package itself (@linli/client), not its files.',
            },
          ],
        },
      ],
    },
  },
);
