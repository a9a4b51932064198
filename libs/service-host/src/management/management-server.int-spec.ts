import { startManagementServer, type ManagementServer } from './management-server';

describe('the management port (a real HTTP server)', () => {
  let server: ManagementServer;
  beforeEach(async () => {
    server = await startManagementServer('127.0.0.1', 0);
  });
  afterEach(() => server.close());
  const get = async (path: string) => {
    const response = await fetch(`http://127.0.0.1:${server.port}${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('is alive from the start, and ready only once running with every check answering', async () => {
    expect(await get('/livez')).toEqual({ status: 200, body: { status: 'alive' } });
    expect(await get('/readyz')).toEqual({ status: 503, body: { status: 'starting', checks: {} } });
    server.running([{ name: 'database', probe: async () => undefined }]);
    expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'ok' } } });
  });

  it('names the failing dependency and its reason, and says stopping once draining', async () => {
    server.running([
      { name: 'database', probe: async () => undefined },
      { name: 'kafka', probe: async () => Promise.reject(new Error('connect ECONNREFUSED')) },
      { name: 'event store', probe: () => new Promise<void>(() => undefined) },
    ]);
    expect(await get('/readyz')).toEqual({
      status: 503,
      body: { status: 'not ready', checks: { database: 'ok', kafka: 'failing: connect ECONNREFUSED', 'event store': 'failing: no answer within 2000 ms' } },
    });
    server.stopping();
    expect(await get('/readyz')).toEqual({ status: 503, body: { status: 'stopping', checks: {} } });
    expect((await get('/livez')).status).toBe(200);
  });

  it('serves nothing else', async () => {
    expect((await get('/v1/work-items')).status).toBe(404);
  });
});
