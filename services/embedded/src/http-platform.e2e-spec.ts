import { randomUUID } from 'node:crypto';
import { get } from 'node:http';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';
import { openWorkItems } from './open-work-items';

const officeKey = 'http-office-key-0123456789abcd';
const workshopKey = 'http-workshop-key-0123456789ab';
const leadKey = 'http-lead-key-0123456789abcdef';
const apiKeys = `${officeKey}:http-office:coordinator,${workshopKey}:ws-http:workshop,${leadKey}:lead-http:lead`;

type Problem = { type: string; status: number; errors?: Array<{ field: string }> };

/** What the HTTP platform itself answers, before and around the services: bodies, unknown routes, conditional reads. */
describe('HTTP platform', () => {
  const eventSchema = uniqueSchemaName('http_es');
  const readSchema = uniqueSchemaName('http_rm');
  let backbone: RunningBackbone;

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    await openWorkItems({ baseUrl: backbone.url, lead: { key: leadKey, companyId: 'lead-http' }, workshop: { key: workshopKey, companyId: 'ws-http' }, purchaseOrderId: 'PO-HTTP-1', lines: 4 });
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  const post = (path: string, body: string | undefined, headers: Record<string, string> = {}) =>
    fetch(`${backbone.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${workshopKey}`, 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...headers },
      ...(body === undefined ? {} : { body }),
    });
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return (await response.json()) as Problem;
  };
  const progress = (line: number) => `/v1/work-items/PO-HTTP-1/${line}/progress`;

  it('answers a malformed or non-object JSON body with 400 naming `body`, on REST and on GraphQL', async () => {
    for (const [path, body] of [
      [progress(1), '{"status": "in_progress",'],
      [progress(1), '"in_progress"'],
      ['/graphql', '{ query'],
    ] as const) {
      const response = await post(path, body);
      expect(response.status).toBe(400);
      const problem = await problemOf(response);
      expect(problem.type).toMatch(/malformed-json$/);
      expect(problem.errors?.map((error) => error.field)).toEqual(['body']);
    }
  });

  it('reads an empty JSON body as {}, so the service lists the missing fields, not `body`', async () => {
    const response = await post(progress(2), undefined);
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.type).toMatch(/invalid-request$/);
    expect(problem.errors?.map((error) => error.field)).toContain('status');
    expect(problem.errors?.map((error) => error.field)).not.toContain('body');
  });

  it('leaves a non-JSON body unread, as Express did, and refuses a body over the limit with 413', async () => {
    const anonymous = await post(progress(3), 'status=in_progress', { 'content-type': 'application/x-www-form-urlencoded', authorization: '' });
    expect(anonymous.status).toBe(401);
    const text = await post(progress(3), JSON.stringify({ status: 'in_progress', qtyGood: 1 }), { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
    expect((await problemOf(text)).errors?.map((error) => error.field)).toContain('status');
    const withCharset = await post(progress(3), JSON.stringify({ status: 'in_progress', qtyGood: 1 }), { 'content-type': 'application/json; charset=utf-8' });
    expect(withCharset.status).toBe(201);
    const huge = await post(progress(3), JSON.stringify({ note: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect((await problemOf(huge)).status).toBe(413);
  });

  it('answers an unknown route and a missing key with problem details, and names no framework', async () => {
    const unknown = await fetch(`${backbone.url}/v1/no-such-thing`, { headers: { authorization: `Bearer ${workshopKey}` } });
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).status).toBe(404);
    expect(unknown.headers.get('x-powered-by')).toBeNull();
    const anonymous = await post(progress(4), '{}', { authorization: '' });
    expect(anonymous.status).toBe(401);
    expect((await problemOf(anonymous)).status).toBe(401);
  });

  it('answers a read whose revision the client already has with 304, and a trailing slash like none', async () => {
    const registered = await post('/v1/companies/ws-http', JSON.stringify({ legalName: 'HTTP Works', roles: ['workshop'], timeZone: 'Asia/Tokyo', contactEmail: 'office@example.jp' }), {
      authorization: `Bearer ${officeKey}`,
    });
    expect(registered.status).toBe(201);
    // node:http, not fetch: fetch adds Cache-Control: no-cache to a request with If-None-Match.
    const read = (headers: Record<string, string> = {}, path = '/v1/companies/ws-http') =>
      new Promise<{ status: number; etag: string | undefined; body: string; contentLength: string | undefined }>((resolve, reject) => {
        get(`${backbone.url}${path}`, { headers: { authorization: `Bearer ${officeKey}`, ...headers } }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, etag: response.headers.etag, body, contentLength: response.headers['content-length'] }));
        }).on('error', reject);
      });
    const first = await read();
    expect(first.status).toBe(200);
    expect(first.etag).toBe('"0"');
    const unchanged = await read({ 'if-none-match': '"0"' });
    expect(unchanged).toEqual({ status: 304, etag: '"0"', body: '', contentLength: undefined });
    expect((await read({ 'if-none-match': '"7"' })).status).toBe(200);
    expect((await read({ 'if-none-match': '"0"', 'cache-control': 'no-cache' })).status).toBe(200);
    expect((await read({}, '/v1/companies/ws-http/')).status).toBe(200);
  });
});
