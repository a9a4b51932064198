import { FastifyAdapter } from '@nestjs/platform-fastify';
import { ProblemException, malformedJsonProblem, notModified } from '@renkei/service-kit';
import { instrumentFastify } from '@renkei/telemetry';

/** Largest request body: a BOM revision of a few thousand nodes fits; anything larger is refused with 413. */
const BODY_LIMIT_BYTES = 1024 * 1024;

export interface HttpPlatformOptions {
  /**
   * Routes the app serves outside Nest, registered on the Fastify instance before Nest's own:
   * the gateway's web pages (public files) and, in distributed mode, its REST edge.
   */
  readonly configure?: (adapter: FastifyAdapter) => void;
}

/**
 * The HTTP platform of every Renkei process with an API: Fastify, answering as the Express setup
 * did where clients could notice (JSON bodies, routing, conditional reads); see the comments below.
 */
export function createHttpAdapter(options: HttpPlatformOptions = {}): FastifyAdapter {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Only the socket's address counts; X-Forwarded-* headers are not believed.
    trustProxy: false,
    // Fastify's default is no limit; 5 minutes is what Node's server gave the Express setup.
    requestTimeout: 300_000,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Express matched `/V1/Companies/x/` like `/v1/companies/x`, and had no cap on a path segment's
    // length (ids are checked, with a 400 naming the field, by the domain).
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: false, maxParamLength: 1024 },
  });
  const fastify = adapter.getInstance();
  // First, so the server span covers the hooks and parsers registered below.
  instrumentFastify(fastify);

  // As Express's JSON parser: an empty body reads as {}, no body at all as undefined, and only
  // an object or an array is JSON enough (`strict`); anything else is our 400 naming `body`.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  adapter.useBodyParser('application/json', false, { bodyLimit: BODY_LIMIT_BYTES }, (request, body, done) => {
    if (body.length === 0) {
      const hasBody = request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined;
      done(null, hasBody ? {} : undefined);
      return;
    }
    const text = body.toString('utf8');
    if (!/^\uFEFF?[ \t\n\r]*[{[]/.test(text)) {
      done(new ProblemException(malformedJsonProblem('the request body must be a JSON object or array')), undefined);
      return;
    }
    parseJson(request, text, (error, value) => (error ? done(new ProblemException(malformedJsonProblem()), undefined) : done(null, value)));
  });
  // Express left bodies it had no parser for unread, so a request with one still reached the guard
  // (401 before anything else) and the service saw no body. Node discards what is not read.
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

  // Express answered a conditional read of an unchanged resource with 304; the revision ETags make that exact.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const etag = reply.getHeader('etag');
    if ((request.method === 'GET' || request.method === 'HEAD') && reply.statusCode === 200 && typeof etag === 'string' && notModified(request.headers, etag)) {
      reply.code(304);
      done(null, null); // no body, and so no Content-Length, on a 304
      return;
    }
    done(null, payload);
  });

  options.configure?.(adapter);
  return adapter;
}
