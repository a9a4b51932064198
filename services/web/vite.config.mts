import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** Where `npm run dev:web` forwards API calls: a running `npm start` by default. */
const api = process.env['RENKEI_API_URL'] ?? 'http://127.0.0.1:3000';

/**
 * Two pages, each its own small bundle: a workshop's phone should not download the lead's board.
 * The server (services/embedded/src/web-pages.ts) serves dist/web/{phone,board}/index.html and dist/web/assets/.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  // Out of the source tree, with the project's other caches (git-ignored).
  cacheDir: here('../../.cache/vite'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    reportCompressedSize: false,
    rolldownOptions: {
      input: { phone: here('phone/index.html'), board: here('board/index.html') },
      // Code both pages use (Preact, the i18n catalogs) is one chunk, named for what it is.
      output: {
        chunkFileNames: 'assets/shared-[hash].js',
        assetFileNames: (asset) => (asset.names.some((name) => name.endsWith('.css')) ? 'assets/styles-[hash][extname]' : 'assets/[name]-[hash][extname]'),
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/v1': { target: api },
    },
  },
});
