import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// graphql 16 has no exports map; without this alias two copies load ("another realm").
const alias = { graphql: 'graphql/index.js' };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'api',
          root: 'api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Plain-TS logic of @linli/ui and the apps (coalescing, formatting, errors, state machines),
        // without a browser. The svelte plugin compiles what such a module reaches through
        // @linli/ui (its components).
        plugins: [svelte()],
        test: {
          name: 'ui',
          include: [
            'ui/src/**/*.test.ts',
            'admin/src/**/*.test.ts',
            'kiosk/src/**/*.test.ts',
            'client/src/**/*.test.ts',
          ],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root: 'tests',
          include: ['**/*.test.ts'],
          globalSetup: ['../api/test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
