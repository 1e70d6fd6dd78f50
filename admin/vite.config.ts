import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [sveltekit()],
  // The font's slices stay files of their own, fetched only by a page showing their characters
  // (Vite would inline the few under 4 KiB into the stylesheet every page loads).
  build: { assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined) },
  server: { proxy: { '/graphql': { target: api, ws: true }, '/api': { target: api } } },
});
