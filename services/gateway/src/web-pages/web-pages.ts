import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { FastifyAdapter } from '@nestjs/platform-fastify';

/** The pages of services/web, each served at its own path (and any path below it, for deep links). */
export const WEB_PAGES = ['phone', 'board'] as const;

/** Where `npm run build:web` writes them, from the working directory `npm start` runs in (as ./data). */
export const DEFAULT_WEB_ROOT = 'dist/web';

/**
 * The pages load only their own hashed scripts and styles, and talk only to this origin
 * (fetch and the graphql-ws socket); no one may frame them; a token never leaves in a Referer.
 */
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

const ASSET_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** Vite's output is flat and hashed (`board-D244cocZ.js`): nothing else, no `..`, no sub-folder. */
const ASSET_NAME = /^[\w-]+\.[a-z0-9]+$/;

/**
 * Serves the built web pages: `/phone` and `/board` answer their index.html (read per request,
 * so a rebuild shows without a restart), `/assets/*` the hashed files, cached for good. Without
 * a build the pages answer 503 naming the command that builds them; the API is unaffected.
 */
export function registerWebPages(adapter: FastifyAdapter, webRoot: string = resolve(DEFAULT_WEB_ROOT)): void {
  const fastify = adapter.getInstance();
  for (const page of WEB_PAGES) {
    const indexFile = join(webRoot, page, 'index.html');
    for (const url of [`/${page}`, `/${page}/*`]) {
      fastify.get(url, async (_request, reply) => {
        const html = await readFile(indexFile, 'utf8').catch(() => null);
        reply.headers(PAGE_HEADERS).type('text/html; charset=utf-8');
        if (html === null) return reply.code(503).header('cache-control', 'no-store').send(notBuiltPage(indexFile));
        // Always revalidated: a new build's index.html names new asset hashes.
        return reply.code(200).header('cache-control', 'no-cache').send(html);
      });
    }
  }
  fastify.get<{ Params: { file: string } }>('/assets/:file', async (request, reply) => {
    const { file } = request.params;
    const type = ASSET_TYPES[extname(file)];
    const content = type && ASSET_NAME.test(file) ? await readFile(join(webRoot, 'assets', file)).catch(() => null) : null;
    // Anything else is the API's own 404 (problem details), as for any unknown path.
    if (content === null || type === undefined) return reply.callNotFound();
    return reply.code(200).type(type).header('x-content-type-options', 'nosniff').header('cache-control', 'public, max-age=31536000, immutable').send(content);
  });
}

function notBuiltPage(indexFile: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Renkei: web pages not built</title></head>
<body>
<main>
<h1>The web pages are not built</h1>
<p>This server found no <code>${escapeHtml(indexFile)}</code>. Build the pages with <code>npm run build:web</code> (<code>npm start</code> and <code>npm run build</code> build them too), then reload.</p>
<p lang="ja">Web ページがビルドされていません。<code>npm run build:web</code> を実行してから再読み込みしてください。</p>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
