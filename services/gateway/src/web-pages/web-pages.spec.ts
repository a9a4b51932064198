import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { registerWebPages } from './web-pages';

/** How the platform serves the built pages (in-process requests: no socket). */
describe('web pages', () => {
  const built = mkdtempSync(join(tmpdir(), 'renkei-web-'));
  mkdirSync(join(built, 'board'));
  mkdirSync(join(built, 'phone'));
  mkdirSync(join(built, 'assets'));
  writeFileSync(join(built, 'board', 'index.html'), '<!doctype html><title>board</title>');
  writeFileSync(join(built, 'phone', 'index.html'), '<!doctype html><title>phone</title>');
  writeFileSync(join(built, 'assets', 'board-AbC_12.js'), 'console.log(1)');
  writeFileSync(join(built, 'secret.txt'), 'not an asset');

  const serving = async (webRoot: string) => {
    const adapter = new FastifyAdapter();
    registerWebPages(adapter, webRoot);
    const fastify = adapter.getInstance();
    await fastify.ready();
    return fastify;
  };
  afterAll(() => rmSync(built, { recursive: true, force: true }));

  it('answers /board, /phone and the paths below them with their page, which may load only its own files', async () => {
    const fastify = await serving(built);
    for (const [path, title] of [
      ['/board', 'board'],
      ['/board/', 'board'],
      ['/board/orders/CO-1', 'board'],
      ['/phone', 'phone'],
    ]) {
      const response = await fastify.inject({ method: 'GET', url: path as string });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain(`<title>${title}</title>`);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
    expect((await fastify.inject({ method: 'HEAD', url: '/phone' })).statusCode).toBe(200);
    await fastify.close();
  });

  it('serves a hashed asset for good, and nothing outside the assets folder', async () => {
    const fastify = await serving(built);
    const asset = await fastify.inject({ method: 'GET', url: '/assets/board-AbC_12.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/assets/missing-1.js', '/assets/..%2Fsecret.txt', '/assets/%2E%2E/secret.txt', '/assets/../secret.txt', '/secret.txt', '/assets/board-AbC_12.exe']) {
      expect([path, (await fastify.inject({ method: 'GET', url: path })).statusCode]).toEqual([path, 404]);
    }
    await fastify.close();
  });

  it('without a build, answers the pages with 503 naming `npm run build:web`', async () => {
    const fastify = await serving(join(built, 'no-such-folder'));
    for (const path of ['/board', '/phone']) {
      const response = await fastify.inject({ method: 'GET', url: path });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toContain('npm run build:web');
    }
    expect((await fastify.inject({ method: 'GET', url: '/assets/board-AbC_12.js' })).statusCode).toBe(404);
    await fastify.close();
  });
});
