import { createServer, request, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/**
 * The integrators' side of the e2e tests: a feed reader (by page and live), and a webhook receiver
 * on loopback. Real HTTP both ways, nothing of Renkei's own code, so the tests check the channels
 * as an outside system meets them.
 */

/** One event as the feed and the webhooks deliver it (a CloudEvent in structured JSON). */
export interface FeedEvent {
  id: string;
  type: string;
  subject: string;
  streamrevision: string;
  cursor: string;
  data: Record<string, unknown>;
}

export interface FeedPage {
  events: FeedEvent[];
  cursor: string;
  hasMore: boolean;
}

export async function readFeedPage(baseUrl: string, key: string, query = ''): Promise<{ status: number; text: string; body: FeedPage }> {
  const response = await fetch(`${baseUrl}/v1/feed${query}`, { headers: { authorization: `Bearer ${key}` } });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as FeedPage };
}

/** Every event the key may see now, read `limit` at a time from each page's cursor; also the raw text, to look for leaks. */
export async function readWholeFeed(baseUrl: string, key: string, limit = 1000): Promise<{ events: FeedEvent[]; text: string }> {
  const events: FeedEvent[] = [];
  let text = '';
  for (let cursor = ''; ; ) {
    const next = await readFeedPage(baseUrl, key, `?limit=${limit}${cursor ? `&after=${cursor}` : ''}`);
    if (next.status !== 200) throw new Error(`GET /v1/feed answered ${next.status}: ${next.text}`);
    events.push(...next.body.events);
    text += next.text;
    cursor = next.body.cursor;
    if (!next.body.hasMore) return { events, text };
  }
}

/**
 * Reads the live feed (server-sent events) from `lastEventId`, as an EventSource reconnecting
 * would, until `more` answers false or `hangUp` is aborted; then hangs up. Rejects if the feed is
 * quiet for `quietMs`.
 */
export function tailFeed(
  baseUrl: string,
  key: string,
  lastEventId: string | undefined,
  more: (id: string, event: FeedEvent, raw: string) => boolean,
  quietMs = 15_000,
  hangUp?: AbortSignal,
): Promise<void> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    hangUp?.addEventListener('abort', () => {
      outgoing.destroy();
      resolve();
    });
    const outgoing = request(
      { host: hostname, port, path: '/v1/feed', headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) } },
      (response) => {
        let buffer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const id = /^id: (.*)$/m.exec(message)?.[1];
            const data = /^data: (.*)$/m.exec(message)?.[1];
            if (id === undefined || data === undefined) continue;
            if (!more(id, JSON.parse(data) as FeedEvent, data)) {
              outgoing.destroy();
              resolve();
              return;
            }
          }
        });
        response.on('error', () => undefined);
      },
    );
    outgoing.on('error', (error) => (outgoing.destroyed ? undefined : reject(error)));
    outgoing.setTimeout(quietMs, () => reject(new Error('the live feed went quiet')));
    outgoing.end();
  });
}

/** What a receiver answers to one attempt: a status, or nothing at all (the sender's timeout ends it). */
export type ReceiverAnswer = number | 'nothing';

/** One request as the receiver got it, and what it answered. */
export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  event: FeedEvent;
  answered: ReceiverAnswer;
  at: number;
}

/**
 * A real webhook receiver on loopback. Each path behaves as a test says; it records every request,
 * so the test can verify each signature with the reference library and check what was accepted,
 * how often, and in which order.
 */
export class WebhookReceiver {
  readonly received: ReceivedRequest[] = [];
  private readonly behaviours = new Map<string, (event: FeedEvent, attempt: number) => ReceiverAnswer>();
  private server: Server | undefined;
  base = '';

  async start(): Promise<void> {
    this.server = createServer((incoming, response) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      incoming.on('end', () => this.answer(incoming.url ?? '', incoming.headers, body, response));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Answers requests to `path` as `behaviour` says, given the event and which attempt at it this is; returns the URL. */
  on(path: string, behaviour: (event: FeedEvent, attempt: number) => ReceiverAnswer): string {
    this.behaviours.set(path, behaviour);
    return `${this.base}${path}`;
  }

  at(path: string): ReceivedRequest[] {
    return this.received.filter((each) => each.path === path);
  }

  /** The ids a path accepted (2xx), in the order it accepted them. */
  accepted(path: string): string[] {
    return this.at(path)
      .filter((each) => typeof each.answered === 'number' && each.answered < 300)
      .map((each) => each.event.id);
  }

  private answer(path: string, headers: IncomingHttpHeaders, body: string, response: ServerResponse): void {
    const event = JSON.parse(body) as FeedEvent;
    const attempt = this.at(path).filter((each) => each.event.id === event.id).length + 1;
    const answered = (this.behaviours.get(path) ?? (() => 404))(event, attempt);
    this.received.push({ path, headers, body, event, answered, at: Date.now() });
    if (answered === 'nothing') return;
    response.statusCode = answered;
    response.end();
  }
}

/** Every request verifies with `secret` (the reference library checks signature and timestamp) and names its event. */
export function expectSignedWith(requests: readonly ReceivedRequest[], secret: string): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const received of requests) {
    expect(() => new Webhook(secret).verify(received.body, received.headers as Record<string, string>)).not.toThrow();
    expect(received.headers['webhook-id']).toBe(received.event.id);
    expect(received.headers['content-type']).toBe('application/json');
  }
}

/** Per stream, no event reached the receiver before an earlier one of the same stream was accepted. */
export function expectStreamOrder(requests: readonly ReceivedRequest[]): void {
  const lastBySubject = new Map<string, number>();
  for (const received of requests) {
    const revision = Number(received.event.streamrevision);
    expect([received.event.subject, revision >= (lastBySubject.get(received.event.subject) ?? -1)]).toEqual([received.event.subject, true]);
    lastBySubject.set(received.event.subject, revision);
  }
}
