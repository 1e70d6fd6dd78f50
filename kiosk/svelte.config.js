import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** A single-page app: the API process serves the build (see api/src/server.ts). */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ fallback: 'index.html', strict: false }),
    paths: { base: '', relative: false },
    alias: { $gql: 'src/lib/gql' },
  },
};
