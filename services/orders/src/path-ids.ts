import type { ParseResult } from '@renkei/orders';

/**
 * Some parse functions read an id from the body that our URLs carry (`POST /purchase-orders/{orderId}`):
 * the URL is the source, so the id is put into the body, and a body naming a different one is refused.
 */
export function withPathIds<Command>(ids: Readonly<Record<string, string>>, body: unknown, parse: (body: unknown) => ParseResult<Command>): ParseResult<Command> {
  if (body !== undefined && !isRecord(body)) return parse(body);
  const input = body ?? {};
  const conflicts = Object.entries(ids)
    .filter(([field, id]) => input[field] !== undefined && input[field] !== id)
    .map(([field, id]) => ({ field, rule: 'must match the id in the URL, or be left out', allowed: JSON.stringify(id) }));
  const parsed = parse({ ...input, ...ids });
  if (conflicts.length === 0) return parsed;
  return { ok: false, errors: [...conflicts, ...(parsed.ok ? [] : parsed.errors)] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
