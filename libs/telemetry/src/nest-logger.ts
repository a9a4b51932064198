import type { LoggerService, LogLevel } from '@nestjs/common';
import type { Level, Logger } from 'pino';

const NEST_TO_PINO: Record<LogLevel, Level> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };
const STACK_LINE = /\n\s+at /;

/**
 * Nest's logger calls, as pino JSON lines: `new Logger('relay').error(msg, stack)` arrives here
 * as (msg, stack, 'relay'); the trailing string is the context, a stack-like string the stack.
 * Use with `NestFactory.create(module, adapter, { logger: new NestJsonLogger(createLogger(name)) })`.
 */
export class NestJsonLogger implements LoggerService {
  private enabled: ReadonlySet<LogLevel> | undefined;

  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('log', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('verbose', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest's `logger: ['error', 'warn']` option lands here: only those levels are written. */
  setLogLevels(levels: LogLevel[]): void {
    this.enabled = new Set(levels);
  }

  private write(level: LogLevel, message: unknown, params: readonly unknown[]): void {
    if (this.enabled !== undefined && !this.enabled.has(level)) return;
    const rest = [...params];
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stackAt = rest.findIndex((param) => typeof param === 'string' && STACK_LINE.test(param));
    const stack = stackAt >= 0 ? (rest.splice(stackAt, 1)[0] as string) : undefined;
    const fields: Record<string, unknown> = {
      ...(context === undefined ? {} : { context }),
      ...(stack === undefined ? {} : { stack }),
      ...(rest.length === 0 ? {} : { details: rest }),
    };
    const pinoLevel = NEST_TO_PINO[level];
    if (message instanceof Error) this.logger[pinoLevel]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[pinoLevel]({ ...fields, data: message });
    else this.logger[pinoLevel](fields, String(message));
  }
}
