import { randomBytes } from 'node:crypto';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const INVALID_TRACE = '0'.repeat(32);

/**
 * The W3C `traceparent` recorded with an event: a child of the caller's trace when
 * the request carried a valid one, else the root of a new trace. The relay puts it
 * on the Kafka message, so a write can be followed from HTTP to every consumer.
 */
export function traceparentFor(incoming: string | undefined): string {
  const match = TRACEPARENT.exec(incoming?.trim().toLowerCase() ?? '');
  const spanId = randomBytes(8).toString('hex');
  if (match && match[1] !== INVALID_TRACE && match[2] !== '0'.repeat(16)) return `00-${match[1]}-${spanId}-${match[3]}`;
  return `00-${randomBytes(16).toString('hex')}-${spanId}-01`;
}
