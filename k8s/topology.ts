/**
 * The distributed topology (the team's topology contract: processes, ports, scaling, topics) as data, so the
 * manifest tests check the manifests against it rather than against themselves.
 */

export interface Process {
  name: string;
  /** Serves the REST/GraphQL API on port 3000 (and so has a Service). */
  apiPort: boolean;
  /** Autoscaled between these bounds, or run with a fixed count. */
  scaling: { min: number; max: number } | { replicas: number };
  /** Consumes Kafka and does nothing else, so replicas beyond the partition count would sit idle. */
  consumerOnly: boolean;
}

export const processes: Process[] = [
  { name: 'gateway', apiPort: true, scaling: { min: 2, max: 6 }, consumerOnly: false },
  { name: 'work-progress', apiPort: true, scaling: { min: 2, max: 4 }, consumerOnly: false },
  { name: 'orders', apiPort: true, scaling: { min: 2, max: 4 }, consumerOnly: false },
  { name: 'quotes', apiPort: true, scaling: { min: 2, max: 4 }, consumerOnly: false },
  { name: 'bom-exchange', apiPort: true, scaling: { min: 2, max: 4 }, consumerOnly: false },
  { name: 'network', apiPort: true, scaling: { min: 2, max: 4 }, consumerOnly: false },
  { name: 'integration', apiPort: true, scaling: { replicas: 2 }, consumerOnly: false },
  { name: 'process-managers', apiPort: false, scaling: { min: 1, max: 3 }, consumerOnly: true },
  // One active instance holds a PostgreSQL advisory lock; the other waits to take over.
  { name: 'relay', apiPort: false, scaling: { replicas: 2 }, consumerOnly: false },
];

export const apiPort = 3000;
export const managementPort = 9000;

export const contextTopics = ['renkei.network.v1', 'renkei.quotes.v1', 'renkei.orders.v1', 'renkei.bom-exchange.v1', 'renkei.work-progress.v1'];
export const topicPartitions = 3;

/** The Secret the manifests reference but never contain, and its keys. */
export const secretName = 'renkei-secrets';
export const secretKeys = ['database-url', 'api-keys', 'link-signing-key'];

/** OpenTelemetry's standard variables, read by the OpenTelemetry SDK rather than by loadConfig. */
export const openTelemetryVariables = [
  'OTEL_SERVICE_NAME',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_EXPORTER_OTLP_PROTOCOL',
  'OTEL_RESOURCE_ATTRIBUTES',
  'OTEL_TRACES_SAMPLER',
  'OTEL_TRACES_SAMPLER_ARG',
];

/** Variables only some processes get. */
export const serviceUrlVariables = ['RENKEI_WORK_PROGRESS_URL', 'RENKEI_ORDERS_URL', 'RENKEI_QUOTES_URL', 'RENKEI_BOM_EXCHANGE_URL', 'RENKEI_NETWORK_URL'];
