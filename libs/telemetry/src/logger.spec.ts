import { Writable } from 'node:stream';
import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { createLogger } from './logger';
import { NestJsonLogger } from './nest-logger';
import { registerTelemetry } from './start-telemetry';

/** A logger writing into memory, and the JSON lines it wrote. */
function capturedLogger(service = 'orders') {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter((line) => line.length > 0));
      done();
    },
  });
  const logger = createLogger(service, { level: 'trace', destination });
  return { logger, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>), text: () => lines.join('\n') };
}

describe('createLogger', () => {
  it('writes one JSON object per line with level, service, time and msg', () => {
    const { logger, entries } = capturedLogger();
    logger.info({ orderId: 'CO-1' }, 'order placed');
    expect(entries()).toEqual([expect.objectContaining({ level: 'info', service: 'orders', msg: 'order placed', orderId: 'CO-1', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })]);
  });

  it('never writes credentials or prices, at any depth, nor a bearer token or a password in the message', () => {
    const { logger, entries, text } = capturedLogger();
    logger.warn(
      {
        req: { headers: { authorization: 'Bearer sk-live-123', 'x-api-key': 'key-456', 'content-type': 'application/json' } },
        apiKeys: 'okada-key:ws-okada:workshop',
        link: { token: 'eyJhbGciOi.link.token', linkId: 'L-1' },
        subscription: { secret: 'whsec_abc', signingSecret: 'whsec_def', previousSecret: 'whsec_old' },
        lines: [{ lineNo: 1, unitPrice: { amount: '1000', currency: 'JPY' }, price: 12, total: 34, quantity: 10 }],
      },
      'sent with Bearer sk-live-789 to postgres://renkei:hunter2@db:5432/renkei',
    );
    const [entry] = entries();
    expect(entry).toMatchObject({
      req: { headers: { authorization: '[redacted]', 'x-api-key': '[redacted]', 'content-type': 'application/json' } },
      apiKeys: '[redacted]',
      link: { token: '[redacted]', linkId: 'L-1' },
      subscription: { secret: '[redacted]', signingSecret: '[redacted]', previousSecret: '[redacted]' },
      lines: [{ lineNo: 1, unitPrice: '[redacted]', price: '[redacted]', total: '[redacted]', quantity: 10 }],
      msg: 'sent with Bearer [redacted] to postgres://renkei:[redacted]@db:5432/renkei',
    });
    for (const secret of ['sk-live', 'key-456', 'okada-key', 'link.token', 'whsec_', '1000', 'hunter2']) expect(text()).not.toContain(secret);
  });

  it('scrubs an error’s message and stack too', () => {
    const { logger, text } = capturedLogger();
    logger.error({ err: new Error('refused Authorization: Bearer sk-live-123') }, 'call failed');
    expect(text()).toContain('refused Authorization: Bearer [redacted]');
    expect(text()).not.toContain('sk-live-123');
  });

  it('carries the active span’s trace_id and span_id', async () => {
    const telemetry = registerTelemetry({ serviceName: 'orders', spanProcessors: [new SimpleSpanProcessor({ exporter: new InMemorySpanExporter() })] });
    try {
      const { logger, entries } = capturedLogger();
      const span = trace.getTracer('test').startSpan('work');
      context.with(trace.setSpan(context.active(), span), () => logger.info('inside'));
      span.end();
      logger.info('outside');
      const [inside, outside] = entries();
      expect(inside).toMatchObject({ trace_id: span.spanContext().traceId, span_id: span.spanContext().spanId });
      expect(outside).not.toHaveProperty('trace_id');
    } finally {
      await telemetry.shutdown();
    }
  });
});

describe('NestJsonLogger', () => {
  it('writes Nest’s (message, stack, context) calls as fields, and only the levels Nest enabled', () => {
    const { logger, entries } = capturedLogger('gateway');
    const nest = new NestJsonLogger(logger);
    nest.setLogLevels(['error', 'warn', 'log']);
    nest.log('listening', 'bootstrap');
    nest.error('projection stopped', 'Error: boom\n    at apply (x.ts:1:1)', 'projections');
    nest.debug('not written', 'projections');
    expect(entries()).toEqual([
      expect.objectContaining({ level: 'info', msg: 'listening', context: 'bootstrap', service: 'gateway' }),
      expect.objectContaining({ level: 'error', msg: 'projection stopped', context: 'projections', stack: 'Error: boom\n    at apply (x.ts:1:1)' }),
    ]);
  });
});
