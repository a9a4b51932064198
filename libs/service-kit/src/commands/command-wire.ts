import type { CommandToSend } from './command-gateway';

/** The request headers both adapters send: the same ones a REST client would. */
export function requestHeaders(command: CommandToSend): Record<string, string> {
  const { authorization, idempotencyKey, ifMatch } = command.headers;
  return {
    'content-type': 'application/json',
    accept: 'application/json, application/problem+json',
    'idempotency-key': idempotencyKey,
    ...(authorization === undefined ? {} : { authorization }),
    ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }),
  };
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
