import Fastify, { type FastifyInstance } from 'fastify';
import { capBatchedOperations } from './batch-cap';

/** A Fastify app with a /graphql route answering how many operations reached it, and another POST route. */
function appWithRoutes(capFirst: boolean, maxOperations = 10): FastifyInstance {
  // Routed as the backbone's platform routes (libs/service-host/src/http/http-platform.ts).
  const app = Fastify({ routerOptions: { caseSensitive: false, ignoreTrailingSlash: true } });
  if (capFirst) capBatchedOperations(app, { path: '/graphql', maxOperations });
  app.post('/graphql', async (request) => ({ reached: Array.isArray(request.body) ? request.body.length : 1 }));
  app.post('/v1/imports', async (request) => ({ reached: (request.body as unknown[]).length }));
  if (!capFirst) capBatchedOperations(app, { path: '/graphql', maxOperations });
  return app;
}

const operations = (count: number) => Array.from({ length: count }, (_, index) => ({ query: `{ ping${index}: ping }` }));

describe('capBatchedOperations', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('refuses a batch over the cap with 400 and a GraphQL error body saying the cap and the count', async () => {
    app = appWithRoutes(true);
    const response = await app.inject({ method: 'POST', url: '/graphql', payload: operations(11) });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      errors: [{ message: 'a batch may hold at most 10 operations; this one holds 11', extensions: { code: 'BATCH_TOO_LARGE', limit: 10, operations: 11 } }],
    });
  });

  it('lets a batch of exactly the cap, and a single operation, through', async () => {
    app = appWithRoutes(true);
    expect((await app.inject({ method: 'POST', url: '/graphql', payload: operations(10) })).json()).toEqual({ reached: 10 });
    expect((await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ ping }' } })).json()).toEqual({ reached: 1 });
  });

  it('applies when added after the GraphQL route was registered', async () => {
    app = appWithRoutes(false, 2);
    expect((await app.inject({ method: 'POST', url: '/graphql', payload: operations(3) })).statusCode).toBe(400);
  });

  it('cannot be dodged by spelling the path in another case or with a trailing slash', async () => {
    app = appWithRoutes(true, 2);
    expect((await app.inject({ method: 'POST', url: '/GraphQL/', payload: operations(3) })).statusCode).toBe(400);
  });

  it('leaves arrays posted to other routes alone', async () => {
    app = appWithRoutes(true, 2);
    expect((await app.inject({ method: 'POST', url: '/v1/imports', payload: [1, 2, 3, 4] })).json()).toEqual({ reached: 4 });
  });

  it('refuses a cap that is not a whole number of at least 1 when configured', () => {
    app = Fastify();
    expect(() => capBatchedOperations(app, { maxOperations: 0 })).toThrow('maxOperations must be a whole number of at least 1; got 0');
  });
});
