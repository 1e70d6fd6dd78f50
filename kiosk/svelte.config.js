import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** A single-page app: the API process serves the build (see api/src/platform/server.ts). */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // precompress: x.js.br and x.js.gz beside each file, which the API serves by Accept-Encoding.
    adapter: adapter({ fallback: 'index.html', strict: false, precompress: true }),
    paths: { base: '', relative: false },
    alias: { $gql: 'src/lib/gql' },
  },
};
