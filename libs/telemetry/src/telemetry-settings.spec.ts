import { TelemetryConfigError, telemetrySettings } from './telemetry-settings';

describe('telemetrySettings (the OTEL_* variables)', () => {
  it('exports nothing and connects nowhere when no exporter and no endpoint is configured', () => {
    expect(telemetrySettings({})).toMatchObject({ disabled: false, traces: 'none', metrics: 'none', sampler: { kind: 'parentbased_always_on' } });
  });

  it('exports both signals over OTLP once an endpoint is set, each unless its exporter says none', () => {
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' })).toMatchObject({ traces: 'otlp', metrics: 'otlp' });
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318', OTEL_METRICS_EXPORTER: 'none' })).toMatchObject({ traces: 'otlp', metrics: 'none' });
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' })).toMatchObject({ traces: 'otlp', metrics: 'none' });
    expect(telemetrySettings({ OTEL_TRACES_EXPORTER: 'console' })).toMatchObject({ traces: 'console', metrics: 'none' });
  });

  it('reads the sampler, the metric interval and OTEL_SDK_DISABLED', () => {
    expect(telemetrySettings({ OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.1', OTEL_METRIC_EXPORT_INTERVAL: '15000', OTEL_SDK_DISABLED: 'true' })).toMatchObject({
      disabled: true,
      sampler: { kind: 'parentbased_traceidratio', ratio: 0.1 },
      metricExportIntervalMs: 15000,
    });
  });

  it('refuses at start-up, naming the variable, what it cannot honour', () => {
    expect(() => telemetrySettings({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(new TelemetryConfigError('OTEL_TRACES_EXPORTER', 'zipkin', 'one of none, otlp, console'));
    expect(() => telemetrySettings({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL="grpc" is not supported/);
    expect(() => telemetrySettings({ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '2' })).toThrow(/OTEL_TRACES_SAMPLER_ARG="2"/);
    expect(() => telemetrySettings({ OTEL_TRACES_SAMPLER: 'sometimes' })).toThrow(/OTEL_TRACES_SAMPLER="sometimes"/);
  });
});
