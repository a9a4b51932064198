export { startTelemetry, registerTelemetry, type RunningTelemetry, type TelemetryParts } from './start-telemetry';
export { telemetrySettings, TelemetryConfigError, type TelemetrySettings, type ExporterChoice, type SamplerChoice } from './telemetry-settings';
export { instrumentFastify } from './instrument-fastify';
export { graphqlTelemetryPlugin, GRAPHQL_OPERATION_DURATION } from './graphql-telemetry-plugin';
export { createLogger, type Logger, type LoggerOptions } from './logger';
export { NestJsonLogger } from './nest-logger';
export { redactValue, scrubText, isSensitiveKey, REDACTED } from './redact';
