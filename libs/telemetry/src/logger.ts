import { isSpanContextValid, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger, type LoggerOptions as LoggerSettings } from 'pino';
import { redactValue, scrubText } from './redact';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** Default: LOG_LEVEL, else info. */
  readonly level?: string;
  /** Default: stdout. Tests pass a stream of their own. */
  readonly destination?: DestinationStream;
}

/**
 * One JSON object per line: time, level, service, msg, and the active span's trace_id and
 * span_id (so a log line leads to its trace). Every field named like a credential or a price
 * is redacted at any depth, and bearer tokens and URL passwords are cut out of free text.
 */
export function createLogger(service: string, options: LoggerOptions = {}): Logger {
  const settings: LoggerSettings = {
    level: options.level ?? (process.env['LOG_LEVEL'] || 'info'),
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => redactValue(object) as Record<string, unknown>,
    },
    mixin: () => {
      const span = trace.getActiveSpan()?.spanContext();
      return span !== undefined && isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {};
    },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((arg: unknown) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>;
        method.apply(this, scrubbed);
      },
    },
  };
  return options.destination === undefined ? pino(settings) : pino(settings, options.destination);
}
