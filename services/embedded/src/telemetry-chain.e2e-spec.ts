import { randomUUID } from 'node:crypto';
import { SpanKind } from '@opentelemetry/api';
import { AggregationTemporality, InMemoryMetricExporter, PeriodicExportingMetricReader, type MetricData } from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace';
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '@renkei/config';
import { registerTelemetry, type RunningTelemetry } from '@renkei/telemetry';
import { describeWithKafka, dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';
import { openWorkItems } from './open-work-items';

const keys = { lead: 'otel-lead-key-0123456789abcdef', workshop: 'otel-ws-key-0123456789abcdefgh' };
const LEAD = 'lead-1';
const WORKSHOP = 'ws-a';
const apiKeys = `${keys.lead}:${LEAD}:lead,${keys.workshop}:${WORKSHOP}:workshop`;
const purchaseOrderId = `PO-${randomUUID().slice(0, 8)}`;
const customerOrderId = `CO-${purchaseOrderId}`;
const PROGRESS_ROUTE = '/v1/work-items/:poId/:lineNo/progress';
const ORDER_CHANGED = `subscription ($orderId: String!) { orderChanged(orderId: $orderId) { orderId nodes { nodeId status } } }`;

type Result = FormattedExecutionResult<{ orderChanged?: { nodes: Array<{ nodeId: string; status: string }> } }, unknown>;

/**
 * One write followed end to end in distributed mode (relay → Kafka → projection, in one process):
 * the spans of a progress report form one trace, parent to child, from the HTTP request to the
 * GraphQL subscription push; and the metrics of that path are recorded.
 */
describeWithKafka('telemetry: one trace from an HTTP write to the subscription push', (brokers) => {
  const eventSchema = uniqueSchemaName('otel_es');
  const readSchema = uniqueSchemaName('otel_rm');
  const spans = new InMemorySpanExporter();
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  // Collected only when the test asks (forceFlush).
  const metricReader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
  let telemetry: RunningTelemetry;
  let backbone: RunningBackbone;
  let client: Client | undefined;

  beforeAll(async () => {
    // Before the backbone starts: the SDK must be the global provider when the first span is made.
    telemetry = registerTelemetry({ serviceName: 'renkei-e2e', spanProcessors: [new SimpleSpanProcessor({ exporter: spans })], metricReaders: [metricReader] });
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema, KAFKA_BROKERS: brokers.join(',') });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    expect(backbone.mode).toBe('kafka');
    await openWorkItems({ baseUrl: backbone.url, lead: { key: keys.lead, companyId: LEAD }, workshop: { key: keys.workshop, companyId: WORKSHOP }, purchaseOrderId });
  });
  afterAll(async () => {
    await client?.dispose();
    await backbone?.stop();
    await telemetry?.shutdown();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('a progress report is one trace: HTTP → eventstore.append → Kafka publish → Kafka process → projection → subscription push', async () => {
    client = createClient({ url: `${backbone.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${keys.lead}` }, retryAttempts: 0 });
    const pushes = client.iterate({ query: ORDER_CHANGED, variables: { orderId: customerOrderId } }) as AsyncIterableIterator<Result>;
    const first = await pushes.next();
    expect(first.value?.errors).toBeUndefined();

    const reported = await fetch(`${backbone.url}/v1/work-items/${purchaseOrderId}/1/progress`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.workshop}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ status: 'delayed', delayReasonCode: 'material', eta: '2026-12-15', note: 'bar stock late' }),
    });
    expect(reported.status).toBe(201);
    for (;;) {
      const next = await pushes.next();
      if (next.done) throw new Error('the subscription ended before the delay was pushed');
      if (next.value.data?.orderChanged?.nodes.some((node) => node.nodeId === 'PART' && node.status === 'delayed')) break;
    }

    const request = await waitFor('the report’s server span', async () =>
      spans.getFinishedSpans().find((span) => span.name === `POST ${PROGRESS_ROUTE}` && span.attributes['http.response.status_code'] === 201 && span.attributes['url.path'] === `/v1/work-items/${purchaseOrderId}/1/progress`),
    );
    const traceId = request.spanContext().traceId;
    const push = await waitFor('the push span in the report’s trace', async () =>
      spans.getFinishedSpans().find((span) => span.name === 'graphql.subscription.push' && span.spanContext().traceId === traceId),
    );

    const chain = ancestorsOf(push, spans.getFinishedSpans()).reverse();
    expect(chain.map((span) => span.name)).toEqual([
      `POST ${PROGRESS_ROUTE}`,
      'eventstore.append',
      'send renkei.work-progress.v1',
      'process renkei.work-progress.v1',
      'gateway.projection',
      'graphql.subscription.push',
    ]);
    expect(chain.map((span) => span.kind)).toEqual([SpanKind.SERVER, SpanKind.CLIENT, SpanKind.PRODUCER, SpanKind.CONSUMER, SpanKind.INTERNAL, SpanKind.INTERNAL]);
    const [server, append, publish, processing, , pushed] = chain;
    expect(server!.parentSpanContext).toBeUndefined(); // the request carried no traceparent: the trace starts here
    expect(append!.attributes).toMatchObject({ 'renkei.stream.id': `work-${purchaseOrderId}-1`, 'renkei.append.outcome': 'appended' });
    expect(publish!.attributes).toMatchObject({ 'messaging.system': 'kafka', 'messaging.destination.name': 'renkei.work-progress.v1', 'messaging.kafka.message.key': `work-${purchaseOrderId}-1` });
    // The consumer knows the publish span only from the message's traceparent header.
    expect(processing!.parentSpanContext?.spanId).toBe(publish!.spanContext().spanId);
    expect(processing!.attributes).toMatchObject({ 'messaging.destination.name': 'renkei.work-progress.v1', 'renkei.consumer.name': 'gateway-read-model' });
    expect(pushed!.attributes).toMatchObject({ 'renkei.subscription.field': 'orderChanged', 'renkei.push.outcome': 'sent' });
  });

  it('a GraphQL mutation joins its request’s trace: POST /graphql → the command’s own server span → the append', async () => {
    const answer = await fetch(`${backbone.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.workshop}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ReportFromPhone($poId: String!, $input: ReportProgressInput!, $key: String!) {
          reportProgress(poId: $poId, lineNo: 1, input: $input, idempotencyKey: $key) { revision } }`,
        variables: { poId: purchaseOrderId, key: randomUUID(), input: { status: 'in_progress', operation: 10, qtyGood: 2, note: 'op 10 running' } },
      }),
    });
    expect(((await answer.json()) as { errors?: unknown }).errors).toBeUndefined();

    const operation = await waitFor('the mutation’s span', async () => spans.getFinishedSpans().find((span) => span.name === 'mutation ReportFromPhone'));
    const traceId = operation.spanContext().traceId;
    const append = await waitFor('the append in the mutation’s trace', async () =>
      spans.getFinishedSpans().find((span) => span.name === 'eventstore.append' && span.spanContext().traceId === traceId),
    );
    const names = ancestorsOf(append, spans.getFinishedSpans()).map((span) => span.name).reverse();
    // The command is sent on with the active context as traceparent; the service's server span continues it.
    expect(names).toEqual(['POST /graphql', `POST ${PROGRESS_ROUTE}`, 'eventstore.append']);
    expect(operation.attributes).toMatchObject({ 'graphql.operation.type': 'mutation', 'graphql.operation.name': 'ReportFromPhone' });
  });

  it('the write path’s metrics are recorded: appends, append latency, HTTP and GraphQL latency, relay and consumer lag', async () => {
    await waitFor('the relay caught up', async () => ((await metricsByName()).get('renkei.relay.lag.events')?.dataPoints[0]?.value === 0 ? true : undefined));
    const recorded = await metricsByName();
    const values = (name: string) => (recorded.get(name)?.dataPoints ?? []).map((point) => ({ attributes: point.attributes, value: point.value }));

    const appended = values('renkei.eventstore.events.appended').reduce((sum, point) => sum + (point.value as number), 0);
    expect(appended).toBeGreaterThanOrEqual(6); // BOM, order, purchase order, acceptance, openings, the report
    expect(values('renkei.eventstore.append.duration')).toContainEqual({ attributes: { 'renkei.append.outcome': 'appended' }, value: expect.objectContaining({ count: expect.any(Number), sum: expect.any(Number) }) });
    const progressPosts = values('http.server.request.duration').find((point) => point.attributes['http.route'] === PROGRESS_ROUTE);
    expect(progressPosts).toEqual({
      attributes: { 'http.request.method': 'POST', 'url.scheme': 'http', 'http.route': PROGRESS_ROUTE, 'http.response.status_code': 201 },
      value: expect.objectContaining({ count: 2 }), // the report, and the mutation's command sent on in process
    });
    expect(recorded.get('http.server.request.duration')?.descriptor.unit).toBe('s');
    expect(values('renkei.graphql.operation.duration')).toContainEqual({ attributes: { 'graphql.operation.type': 'query' }, value: expect.objectContaining({ count: expect.any(Number) }) });
    expect(values('renkei.relay.events.published')).toContainEqual({ attributes: { 'messaging.destination.name': 'renkei.work-progress.v1' }, value: expect.any(Number) });
    expect(values('renkei.relay.lag.events')).toEqual([{ attributes: { 'renkei.relay.checkpoint': 'kafka-relay' }, value: 0 }]);
    expect(values('renkei.relay.lag.time')).toEqual([{ attributes: { 'renkei.relay.checkpoint': 'kafka-relay' }, value: 0 }]);
    const projectionLag = values('renkei.consumer.lag.time').find((point) => point.attributes['renkei.consumer.name'] === 'gateway-read-model');
    expect(projectionLag?.value).toBeGreaterThanOrEqual(0);
    expect(projectionLag?.value).toBeLessThan(30); // caught up: the delay it applied the last event with
    expect(values('renkei.consumer.lag.events')).toContainEqual({ attributes: { 'renkei.consumer.name': 'gateway-read-model', 'messaging.system': 'kafka' }, value: expect.any(Number) });
  });

  async function metricsByName(): Promise<Map<string, MetricData>> {
    await metricReader.forceFlush();
    const latest = metricExporter.getMetrics().at(-1);
    return new Map((latest?.scopeMetrics ?? []).flatMap((scope) => scope.metrics).map((metric) => [metric.descriptor.name, metric]));
  }
});

/** The span and its parents, child first, as far as the recorded spans go. */
function ancestorsOf(span: ReadableSpan, all: readonly ReadableSpan[]): ReadableSpan[] {
  const byId = new Map(all.map((each) => [each.spanContext().spanId, each]));
  const chain = [span];
  for (let parent = span.parentSpanContext; parent !== undefined; ) {
    const found = byId.get(parent.spanId);
    if (found === undefined) break;
    chain.push(found);
    parent = found.parentSpanContext;
  }
  return chain;
}
