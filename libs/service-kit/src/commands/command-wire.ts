import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import { formatTraceparent } from '@renkei/contracts';
import type { CommandToSend } from './command-gateway';

/**
 * The request headers both adapters send: the same ones a REST client would, and the active
 * trace context, so the service's append joins the trace of the GraphQL request that sent it.
 */
export function requestHeaders(command: CommandToSend): Record<string, string> {
  const { authorization, idempotencyKey, ifMatch } = command.headers;
  const traceparent = activeTraceparent();
  return {
    'content-type': 'application/json',
    accept: 'application/json, application/problem+json',
    'idempotency-key': idempotencyKey,
    ...(authorization === undefined ? {} : { authorization }),
    ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }),
    ...(traceparent === undefined ? {} : { traceparent }),
  };
}

/**
 * The `traceparent` of the active span, if any. `ownSpansOnly` skips a context that was only
 * received (a caller's, with no span of ours started under it): there is no span of ours to name.
 */
export function activeTraceparent(options: { readonly ownSpansOnly?: boolean } = {}): string | undefined {
  const active = trace.getSpanContext(context.active());
  if (active === undefined || !isSpanContextValid(active) || (options.ownSpansOnly === true && active.isRemote === true)) return undefined;
  return formatTraceparent(active);
}

/** A body that is not JSON (a proxy's HTML error page, say) reads as none; the status still tells what happened. */
export function jsonBodyOf(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Header values as single strings under lower-case names (repeated headers joined as HTTP would). */
export function flatHeaders(raw: Readonly<Record<string, string | number | readonly string[] | undefined>>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return flat;
}
