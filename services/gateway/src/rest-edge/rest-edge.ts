import { Readable } from 'node:stream';
import type { FastifyAdapter } from '@nestjs/platform-fastify';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { PROBLEM_BASE, ownedPathPrefixes, type ApiService, type ProblemDetails, type ServiceUrls } from '@renkei/service-kit';

/** What a client may tell a service through the edge; anything else (cookies, forwarding claims) stays here. */
const FORWARDED_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'accept-language',
  'idempotency-key',
  'if-match',
  'if-none-match',
  'last-event-id',
  'traceparent',
  'tracestate',
  'user-agent',
] as const;

/** Headers about one connection, not the resource; fetch has also already decoded any content encoding. */
const NOT_FORWARDED_RESPONSE_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'content-length', 'content-encoding']);

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The parts of Fastify's request and reply the edge uses (the platform's Fastify types are its own copy). */
interface EdgeRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
  readonly raw: IncomingMessage;
}
interface EdgeReply {
  readonly raw: ServerResponse;
  code(status: number): EdgeReply;
  type(contentType: string): EdgeReply;
  header(name: string, value: string): EdgeReply;
  send(payload?: unknown): EdgeReply;
}

/**
 * Distributed mode's one public address: the gateway answers GraphQL and the pages itself and
 * passes every REST request (`/v1/...`, `/asyncapi.json`) to the service that owns its path,
 * unchanged — the service authenticates, validates and answers, so REST through the edge is
 * exactly REST in embedded mode. Bodies stream both ways (an EDI upload, the live feed), and a
 * client that goes away cancels its request to the service. Paths no service owns are left to
 * the gateway's own router (its 404).
 */
export function registerRestEdge(adapter: FastifyAdapter, urls: ServiceUrls): void {
  void adapter.getInstance().register(async (edge) => {
    // The body is the service's to read: leave it unparsed, as the bytes the client sent.
    edge.removeAllContentTypeParsers();
    edge.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    for (const [prefix, service] of ownedPathPrefixes()) {
      for (const url of [prefix, `${prefix}/*`]) {
        edge.route({ method: [...METHODS], url, handler: (request, reply) => forward(request, reply, service, urls[service]) });
      }
    }
  });
}

async function forward(request: EdgeRequest, reply: EdgeReply, service: ApiService, baseUrl: string): Promise<EdgeReply> {
  const cancel = new AbortController();
  reply.raw.on('close', () => cancel.abort());
  let answer: Response;
  try {
    answer = await fetch(`${baseUrl.replace(/\/+$/, '')}${request.url}`, {
      method: request.method,
      headers: forwardedHeaders(request),
      ...bodyOf(request),
      // A redirect is the service's answer to give the client, not the edge's to follow.
      redirect: 'manual',
      signal: cancel.signal,
    } as RequestInit);
  } catch {
    return reply.code(503).type('application/problem+json').send(JSON.stringify(serviceUnavailable(service)));
  }
  reply.code(answer.status);
  for (const [name, value] of answer.headers) {
    if (!NOT_FORWARDED_RESPONSE_HEADERS.has(name)) reply.header(name, value);
  }
  return answer.body === null ? reply.send() : reply.send(Readable.fromWeb(answer.body as import('node:stream/web').ReadableStream));
}

function forwardedHeaders(request: EdgeRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

/** "No body" and "an empty body" differ to the services (undefined vs {}), so only a body that was sent is sent on. */
function bodyOf(request: EdgeRequest): { body?: string | ReadableStream; duplex?: 'half' } {
  const length = request.headers['content-length'];
  if (length === '0') return { body: '' };
  if (length === undefined && request.headers['transfer-encoding'] === undefined) return {};
  return { body: Readable.toWeb(request.raw) as ReadableStream, duplex: 'half' };
}

/** Names the service, never its address: the caller learns what to retry, not the cluster's layout. */
function serviceUnavailable(service: ApiService): ProblemDetails {
  return {
    type: `${PROBLEM_BASE}service-unavailable`,
    title: 'Service unavailable',
    status: 503,
    detail: `the ${service} service did not answer; a command may or may not have been recorded: retry with the same Idempotency-Key`,
    code: 'GATEWAY.SERVICE_UNAVAILABLE',
  };
}
