import { context, metrics, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Histogram, type Span } from '@opentelemetry/api';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
  ATTR_URL_SCHEME,
  METRIC_HTTP_SERVER_REQUEST_DURATION,
} from '@opentelemetry/semantic-conventions';

/**
 * The parts of a Fastify instance the instrumentation uses, spelled out: Nest's Fastify adapter
 * may bring its own copy of Fastify, whose `FastifyInstance` type is not the root package's.
 */
export interface InstrumentableRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly routeOptions: { readonly url?: string | undefined };
}
type HookDone = (error?: Error) => void;
export interface InstrumentableFastify {
  addHook(name: 'onRequest' | 'preHandler', hook: (request: InstrumentableRequest, reply: { readonly statusCode: number }, done: HookDone) => void): unknown;
  addHook(name: 'onResponse', hook: (request: InstrumentableRequest, reply: { readonly statusCode: number }, done: HookDone) => void): unknown;
  addHook(name: 'onRequestAbort', hook: (request: InstrumentableRequest, done: HookDone) => void): unknown;
}

const SCOPE = '@renkei/telemetry/http';
/** The bucket boundaries the HTTP semantic conventions recommend for request durations (seconds). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']);

interface RequestTelemetry {
  readonly span: Span;
  readonly context: Context;
  readonly startedAt: number;
  readonly method: string;
  readonly route: string | undefined;
  finished: boolean;
}

/**
 * A server span per request, a child of the caller's `traceparent`, named after the route
 * template (`POST /v1/work-items/:poId/:lineNo/progress`, never the raw path, so names stay
 * few), and the `http.server.request.duration` histogram by method, route and status.
 * The span is the active context while the route's handler runs, so what the handler does
 * (an append, a command sent on) joins the request's trace.
 */
export function instrumentFastify(fastify: InstrumentableFastify): void {
  const tracer = trace.getTracer(SCOPE);
  const requests = new WeakMap<InstrumentableRequest, RequestTelemetry>();
  let duration: { provider: unknown; histogram: Histogram } | undefined;
  // Created on first use: the meter provider is registered after modules load (see startTelemetry).
  const durationHistogram = (): Histogram => {
    const provider = metrics.getMeterProvider();
    if (duration?.provider !== provider) {
      const histogram = provider.getMeter(SCOPE).createHistogram(METRIC_HTTP_SERVER_REQUEST_DURATION, {
        description: 'Duration of HTTP server requests.',
        unit: 's',
        advice: { explicitBucketBoundaries: DURATION_BUCKETS },
      });
      duration = { provider, histogram };
    }
    return duration.histogram;
  };

  const finish = (request: InstrumentableRequest, statusCode: number | undefined, errorType?: string) => {
    const telemetry = requests.get(request);
    if (telemetry === undefined || telemetry.finished) return;
    telemetry.finished = true;
    const error = errorType ?? (statusCode !== undefined && statusCode >= 500 ? String(statusCode) : undefined);
    const attributes = {
      [ATTR_HTTP_REQUEST_METHOD]: telemetry.method,
      [ATTR_URL_SCHEME]: 'http',
      ...(telemetry.route === undefined ? {} : { [ATTR_HTTP_ROUTE]: telemetry.route }),
      ...(statusCode === undefined ? {} : { [ATTR_HTTP_RESPONSE_STATUS_CODE]: statusCode }),
      ...(error === undefined ? {} : { [ATTR_ERROR_TYPE]: error }),
    };
    telemetry.span.setAttributes(attributes);
    if (error !== undefined) telemetry.span.setStatus({ code: SpanStatusCode.ERROR });
    telemetry.span.end();
    durationHistogram().record((performance.now() - telemetry.startedAt) / 1000, attributes);
  };

  fastify.addHook('onRequest', (request, _reply, done) => {
    const method = KNOWN_METHODS.has(request.method) ? request.method : '_OTHER';
    const route = request.routeOptions.url;
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = tracer.startSpan(
      route === undefined ? method : `${method} ${route}`,
      { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_SCHEME]: 'http', [ATTR_URL_PATH]: request.url.split('?')[0] ?? '/' } },
      parent,
    );
    const active = trace.setSpan(parent, span);
    requests.set(request, { span, context: active, startedAt: performance.now(), method, route, finished: false });
    context.with(active, done);
  });
  // The body is read between onRequest and the handler, on the socket's own callbacks: enter the
  // request's context again so the handler (and everything it awaits) runs in it.
  fastify.addHook('preHandler', (request, _reply, done) => {
    const telemetry = requests.get(request);
    if (telemetry === undefined) return done();
    context.with(telemetry.context, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    finish(request, reply.statusCode);
    done();
  });
  fastify.addHook('onRequestAbort', (request, done) => {
    finish(request, undefined, 'aborted');
    done();
  });
}
