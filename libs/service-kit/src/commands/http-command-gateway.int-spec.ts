import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpCommandGateway } from './http-command-gateway';

interface Received {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A stand-in for a service behind its RENKEI_<SERVICE>_URL: records each request and answers what the test says. */
async function serviceAnswering(answer: { status: number; contentType: string; body: string; etag?: string }): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ method: request.method, url: request.url, headers: request.headers, body });
      response.writeHead(answer.status, { 'content-type': answer.contentType, ...(answer.etag ? { etag: answer.etag } : {}) });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

const command = {
  method: 'POST' as const,
  path: '/v1/purchase-orders/PO-7/rejection',
  body: { reason: 'no capacity' },
  headers: { authorization: 'Bearer ws-key-0123456789', idempotencyKey: 'key-0001-abcd', ifMatch: '"2"' },
};

describe('HttpCommandGateway (a real HTTP server)', () => {
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('sends the command as a REST client would, under the base URL’s path, and reads the answer’s status, headers and JSON', async () => {
    const service = await serviceAnswering({ status: 201, contentType: 'application/json', etag: '"3"', body: JSON.stringify({ streamId: 'order-PO-7', revision: '3' }) });
    servers.push(service.server);
    const answer = await new HttpCommandGateway({ baseUrl: `${service.url}/renkei/`, timeoutMs: 5_000 }).send(command);

    expect(service.received).toHaveLength(1);
    const [request] = service.received as [Received];
    expect([request.method, request.url, JSON.parse(request.body)]).toEqual(['POST', '/renkei/v1/purchase-orders/PO-7/rejection', { reason: 'no capacity' }]);
    expect(request.headers).toMatchObject({ authorization: 'Bearer ws-key-0123456789', 'idempotency-key': 'key-0001-abcd', 'if-match': '"2"', 'content-type': 'application/json' });
    expect(answer).toMatchObject({ status: 201, headers: { etag: '"3"' }, body: { streamId: 'order-PO-7', revision: '3' } });
  });

  it('an answer that is not JSON keeps its status and has no body', async () => {
    const proxy = await serviceAnswering({ status: 502, contentType: 'text/html', body: '<html>Bad Gateway</html>' });
    servers.push(proxy.server);
    const answer = await new HttpCommandGateway({ baseUrl: proxy.url, timeoutMs: 5_000 }).send(command);
    expect([answer.status, answer.body]).toEqual([502, undefined]);
  });

  it('no answer at all is a 503 problem telling the caller to retry with the same key, naming no host', async () => {
    const closed = await serviceAnswering({ status: 201, contentType: 'application/json', body: '{}' });
    await new Promise((resolve) => closed.server.close(resolve));
    const answer = await new HttpCommandGateway({ baseUrl: closed.url, timeoutMs: 5_000 }).send(command);
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ status: 503, code: 'GATEWAY.COMMANDS_UNAVAILABLE' });
    expect(JSON.stringify(answer.body)).not.toContain('127.0.0.1');
  });
});
