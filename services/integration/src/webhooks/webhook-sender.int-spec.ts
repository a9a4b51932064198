import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseAllowList, parseTargetUrl, signedHeaders, signingSecretOf, type TargetUrl } from '@renkei/webhooks';
import { Webhook } from 'standardwebhooks';
import { targetRefusal } from './target-guard';
import { sendWebhook } from './webhook-sender';

const secret = signingSecretOf(new Uint8Array(32).fill(9));
const loopbackAllowed = parseAllowList(['127.0.0.1', '::1']).allowList;
const nothingAllowed = parseAllowList([]).allowList;
const target = (url: string): TargetUrl => {
  const parsed = parseTargetUrl(url);
  if (!parsed.ok) throw new Error(parsed.rule);
  return parsed.target;
};

/** The sender against a real HTTP server on loopback: what it sends, what it makes of each answer, and where it refuses to go. */
describe('sendWebhook', () => {
  let server: Server;
  let base = '';
  const seen: Array<{ headers: IncomingHttpHeaders; body: string; path: string }> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        seen.push({ headers: request.headers, body, path: request.url ?? '' });
        if (request.url === '/hang') return; // never answers
        response.statusCode = Number(request.url?.slice(1)) || 200;
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const body = JSON.stringify({ id: '0b0e4c49-5b8e-4d1c-9f0e-111111111111', data: { qtyGood: 4 } });
  const send = (url: string, allowList = loopbackAllowed, timeoutMs = 2_000) =>
    sendWebhook(target(url), signedHeaders([secret], '0b0e4c49-5b8e-4d1c-9f0e-111111111111', new Date(), body), body, { timeoutMs, allowList });

  it('POSTs the body as JSON with the Standard Webhooks headers, verifiable by the reference library', async () => {
    expect((await send(`${base}/204`)).result).toEqual({ statusCode: 204 });
    const request = seen.find((each) => each.path === '/204');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toBe(body);
    expect(new Webhook(secret).verify(request?.body as string, request?.headers as Record<string, string>)).toEqual(JSON.parse(body));
  });

  it('reports the status of any answer, and why there was none', async () => {
    expect((await send(`${base}/410`)).result).toEqual({ statusCode: 410 });
    expect((await send(`${base}/302`)).result).toEqual({ statusCode: 302 });
    const hung = await send(`${base}/hang`, loopbackAllowed, 300);
    expect(hung.result).toEqual({ error: 'no answer within 300 ms' });
    expect(hung.durationMs).toBeGreaterThanOrEqual(290);
    const closed = await send('http://127.0.0.1:1/');
    expect('error' in closed.result && closed.result.error).toMatch(/^ECONNREFUSED/);
  });

  it('does not connect to an address the rules refuse, by literal or by name', async () => {
    const before = seen.length;
    expect((await send(`${base}/200`, nothingAllowed)).result).toEqual({ error: 'target refused: 127.0.0.1 is a loopback address' });
    const byName = await send(`${base.replace('127.0.0.1', 'localhost')}/200`, nothingAllowed);
    expect('error' in byName.result && byName.result.error).toMatch(/^target refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address$/);
    expect(seen.length).toBe(before);
  });

  it('checks a target at registration the same way', async () => {
    expect(await targetRefusal(target(`${base}/200`), loopbackAllowed)).toBeNull();
    expect(await targetRefusal(target('http://169.254.169.254/latest/meta-data'), loopbackAllowed)).toBe('169.254.169.254 is a metadata address');
    expect(await targetRefusal(target('http://localhost/'), nothingAllowed)).toMatch(/^localhost resolves to .*, a loopback address$/);
    expect(await targetRefusal(target('https://no-such-host.invalid/'), nothingAllowed)).toMatch(/^no-such-host\.invalid does not resolve/);
  });
});
