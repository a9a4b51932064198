import { context, trace } from '@opentelemetry/api';
import { AggregationTemporality, InMemoryMetricExporter, PeriodicExportingMetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import Fastify from 'fastify';
import { instrumentFastify } from './instrument-fastify';
import { registerTelemetry, type RunningTelemetry } from './start-telemetry';

describe('instrumentFastify (through inject: no socket)', () => {
  const spans = new InMemorySpanExporter();
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 60_000 });
  let telemetry: RunningTelemetry;
  let seenInHandler: string | undefined;
  const app = Fastify();

  beforeAll(async () => {
    telemetry = registerTelemetry({ serviceName: 'test', spanProcessors: [new SimpleSpanProcessor({ exporter: spans })], metricReaders: [reader] });
    instrumentFastify(app);
    app.post('/v1/work-items/:poId/:lineNo/progress', async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seenInHandler = trace.getSpan(context.active())?.spanContext().spanId;
      return { got: request.body };
    });
    app.get('/boom', async () => {
      throw new Error('boom');
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await telemetry.shutdown();
  });

  it('a request is a server span named by its route template, a child of the caller’s traceparent, active in the handler', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/work-items/PO-1/2/progress?x=1',
      headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
      payload: { status: 'delayed' },
    });
    expect(response.statusCode).toBe(200);
    const [span] = spans.getFinishedSpans();
    expect(span).toMatchObject({
      name: 'POST /v1/work-items/:poId/:lineNo/progress',
      kind: 1, // SERVER
      attributes: { 'http.request.method': 'POST', 'http.route': '/v1/work-items/:poId/:lineNo/progress', 'http.response.status_code': 200, 'url.path': '/v1/work-items/PO-1/2/progress' },
    });
    expect(span!.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(span!.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(seenInHandler).toBe(span!.spanContext().spanId);
  });

  it('records http.server.request.duration by method, route and status; a 500 as an error', async () => {
    spans.reset();
    expect((await app.inject({ method: 'GET', url: '/boom' })).statusCode).toBe(500);
    expect(spans.getFinishedSpans()[0]).toMatchObject({ name: 'GET /boom', status: { code: 2 }, attributes: { 'error.type': '500' } });

    await reader.forceFlush();
    const exported: ResourceMetrics[] = metricExporter.getMetrics();
    const metric = exported.at(-1)!.scopeMetrics.flatMap((scope) => scope.metrics).find((each) => each.descriptor.name === 'http.server.request.duration');
    expect(metric?.descriptor.unit).toBe('s');
    const points = metric!.dataPoints as Array<{ attributes: Record<string, unknown>; value: { count: number; sum: number } }>;
    expect(points.map((point) => point.attributes)).toEqual(
      expect.arrayContaining([
        { 'http.request.method': 'POST', 'url.scheme': 'http', 'http.route': '/v1/work-items/:poId/:lineNo/progress', 'http.response.status_code': 200 },
        { 'http.request.method': 'GET', 'url.scheme': 'http', 'http.route': '/boom', 'http.response.status_code': 500, 'error.type': '500' },
      ]),
    );
    const post = points.find((point) => point.attributes['http.request.method'] === 'POST')!;
    expect(post.value.count).toBe(1);
    expect(post.value.sum).toBeGreaterThan(0.004);
  });
});
