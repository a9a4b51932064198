/** Where a signal goes: nowhere, an OTLP collector (http/protobuf), or the process's stdout. */
export type ExporterChoice = 'none' | 'otlp' | 'console';

export type SamplerChoice =
  | { readonly kind: 'always_on' | 'always_off' | 'parentbased_always_on' | 'parentbased_always_off' }
  | { readonly kind: 'traceidratio' | 'parentbased_traceidratio'; readonly ratio: number };

export interface TelemetrySettings {
  readonly disabled: boolean;
  readonly traces: ExporterChoice;
  readonly metrics: ExporterChoice;
  readonly sampler: SamplerChoice;
  readonly metricExportIntervalMs: number;
  readonly metricExportTimeoutMs: number;
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** A setting of the OTEL_* variables the SDK cannot work with; thrown at start-up, naming the variable. */
export class TelemetryConfigError extends Error {
  readonly code = 'TELEMETRY.INVALID_SETTING';
  constructor(variable: string, value: string, allowed: string) {
    super(`${variable}="${value}" is not supported: use ${allowed}`);
    this.name = 'TelemetryConfigError';
  }
}

const SIMPLE_SAMPLERS = ['always_on', 'always_off', 'parentbased_always_on', 'parentbased_always_off'] as const;
const RATIO_SAMPLERS = ['traceidratio', 'parentbased_traceidratio'] as const;

/**
 * The standard OTEL_* variables, read once at start-up. The rule for exporting: a signal is
 * exported only when asked for, by OTEL_{TRACES,METRICS}_EXPORTER, or by an OTLP endpoint
 * (OTEL_EXPORTER_OTLP_ENDPOINT or the signal's own OTEL_EXPORTER_OTLP_{TRACES,METRICS}_ENDPOINT).
 * Without either, nothing is exported and nothing tries to connect (tests, a laptop). The SDK's
 * own default (export to localhost:4318 always) would fill such logs with connection errors.
 */
export function telemetrySettings(env: Environment): TelemetrySettings {
  const disabled = readText(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true';
  const protocol = readText(env, 'OTEL_EXPORTER_OTLP_PROTOCOL');
  for (const variable of ['OTEL_EXPORTER_OTLP_PROTOCOL', 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_EXPORTER_OTLP_METRICS_PROTOCOL']) {
    const value = readText(env, variable) ?? protocol;
    // The image ships the http/protobuf exporters only; grpc would need another client library.
    if (value !== undefined && value !== 'http/protobuf') throw new TelemetryConfigError(variable, value, 'http/protobuf (the collector listens for it on port 4318)');
  }
  return {
    disabled,
    traces: exporterChoice(env, 'OTEL_TRACES_EXPORTER', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'),
    metrics: exporterChoice(env, 'OTEL_METRICS_EXPORTER', 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT'),
    sampler: samplerChoice(env),
    metricExportIntervalMs: positiveInteger(env, 'OTEL_METRIC_EXPORT_INTERVAL', 60_000),
    metricExportTimeoutMs: positiveInteger(env, 'OTEL_METRIC_EXPORT_TIMEOUT', 30_000),
  };
}

function exporterChoice(env: Environment, variable: string, signalEndpoint: string): ExporterChoice {
  const value = readText(env, variable);
  if (value === undefined) return readText(env, 'OTEL_EXPORTER_OTLP_ENDPOINT') !== undefined || readText(env, signalEndpoint) !== undefined ? 'otlp' : 'none';
  // The variable may list several exporters; we take one, and say so rather than guess which.
  if (value === 'none' || value === 'otlp' || value === 'console') return value;
  throw new TelemetryConfigError(variable, value, 'one of none, otlp, console');
}

function samplerChoice(env: Environment): SamplerChoice {
  const kind = readText(env, 'OTEL_TRACES_SAMPLER') ?? 'parentbased_always_on';
  const simple = SIMPLE_SAMPLERS.find((name) => name === kind);
  if (simple !== undefined) return { kind: simple };
  const withRatio = RATIO_SAMPLERS.find((name) => name === kind);
  if (withRatio === undefined) throw new TelemetryConfigError('OTEL_TRACES_SAMPLER', kind, [...SIMPLE_SAMPLERS, ...RATIO_SAMPLERS].join(', '));
  const argument = readText(env, 'OTEL_TRACES_SAMPLER_ARG') ?? '1';
  const ratio = Number(argument);
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) throw new TelemetryConfigError('OTEL_TRACES_SAMPLER_ARG', argument, 'a number from 0 to 1, e.g. 0.1');
  return { kind: withRatio, ratio };
}

function positiveInteger(env: Environment, variable: string, fallback: number): number {
  const value = readText(env, variable);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) === 0) throw new TelemetryConfigError(variable, value, 'a positive number of milliseconds');
  return Number(value);
}

/** Empty counts as unset, as the specification asks. */
function readText(env: Environment, variable: string): string | undefined {
  const value = env[variable]?.trim();
  return value === undefined || value === '' ? undefined : value;
}
