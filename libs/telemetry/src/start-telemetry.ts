import { context, diag, DiagConsoleLogger, metrics, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, diagLogLevelFromString, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { defaultResource, detectResources, envDetector, resourceFromAttributes, type Resource } from '@opentelemetry/resources';
import { ConsoleMetricExporter, MeterProvider, PeriodicExportingMetricReader, type IMetricReader } from '@opentelemetry/sdk-metrics';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type Sampler,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { telemetrySettings, type Environment, type SamplerChoice, type TelemetrySettings } from './telemetry-settings';

export interface RunningTelemetry {
  /** Flushes what is buffered (spans, the last metrics) and unregisters the SDK. */
  shutdown(): Promise<void>;
}

export interface TelemetryParts {
  readonly serviceName: string;
  /** None: spans are not recorded at all (the API stays a no-op for tracing). */
  readonly spanProcessors?: readonly SpanProcessor[];
  readonly metricReaders?: readonly IMetricReader[];
  readonly sampler?: Sampler;
}

/**
 * The OpenTelemetry SDK for one process, configured by the standard OTEL_* variables (see
 * `telemetrySettings` for which, and when anything is exported). Call it first thing in an
 * entry point, before anything records a span; a wrong setting throws, naming the variable.
 */
export function startTelemetry(serviceName: string, env: Environment = process.env): RunningTelemetry {
  const settings = telemetrySettings(env);
  if (settings.disabled) return { shutdown: async () => undefined };
  const level = env['OTEL_LOG_LEVEL'];
  // The SDK reports its own failures (an unreachable collector) only when asked to.
  if (level !== undefined && level !== '') diag.setLogger(new DiagConsoleLogger(), { logLevel: diagLogLevelFromString(level) });
  return registerTelemetry({
    serviceName,
    spanProcessors: spanProcessorsFor(settings),
    metricReaders: metricReadersFor(settings),
    sampler: samplerFor(settings.sampler),
  });
}

/**
 * Registers the SDK parts as the process's globals: context propagation across async calls and
 * W3C headers always, a tracer provider when there is somewhere for spans to go, a meter provider
 * when there is a metric reader. Tests pass in-memory exporters and readers here.
 */
export function registerTelemetry(parts: TelemetryParts): RunningTelemetry {
  const resource = resourceOf(parts.serviceName);
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }));
  const processors = parts.spanProcessors ?? [];
  const tracerProvider = processors.length === 0 ? undefined : new TracerProvider({ resource, spanProcessors: [...processors], ...(parts.sampler ? { sampler: parts.sampler } : {}) });
  if (tracerProvider) trace.setGlobalTracerProvider(tracerProvider);
  const readers = parts.metricReaders ?? [];
  const meterProvider = readers.length === 0 ? undefined : new MeterProvider({ resource, readers: [...readers] });
  if (meterProvider) metrics.setGlobalMeterProvider(meterProvider);
  return {
    shutdown: async () => {
      await Promise.allSettled([tracerProvider?.shutdown(), meterProvider?.shutdown()]);
      if (tracerProvider) trace.disable();
      if (meterProvider) metrics.disable();
      propagation.disable();
      context.disable();
    },
  };
}

function spanProcessorsFor(settings: TelemetrySettings): SpanProcessor[] {
  switch (settings.traces) {
    case 'none':
      return [];
    case 'otlp':
      // The exporter reads OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT, _HEADERS, _TIMEOUT and _COMPRESSION itself.
      return [new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })];
    case 'console':
      return [new BatchSpanProcessor({ exporter: new ConsoleSpanExporter() })];
  }
}

function metricReadersFor(settings: TelemetrySettings): IMetricReader[] {
  if (settings.metrics === 'none') return [];
  const exporter = settings.metrics === 'otlp' ? new OTLPMetricExporter() : new ConsoleMetricExporter();
  return [new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: settings.metricExportIntervalMs, exportTimeoutMillis: settings.metricExportTimeoutMs })];
}

function samplerFor(choice: SamplerChoice): Sampler {
  switch (choice.kind) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(choice.ratio);
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(choice.ratio) });
  }
}

/** service.name from the code, unless OTEL_SERVICE_NAME says otherwise; OTEL_RESOURCE_ATTRIBUTES adds the rest. */
function resourceOf(serviceName: string): Resource {
  return defaultResource()
    .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }))
    .merge(detectResources({ detectors: [envDetector] }));
}
