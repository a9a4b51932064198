import { contextOfStream } from './contexts';
import type { EventEnvelope } from './event-envelope';
import { traceparentFor } from './trace-context';

/**
 * CloudEvents 1.0 in Kafka binary mode: attributes travel as `ce_*` headers and
 * the message value is the event data alone, as JSON.
 * ce_type is `renkei.<context>.<EventType>.v<schemaVersion>`.
 */
export type MessageHeaders = Record<string, string>;

export const CLOUDEVENTS_SPEC_VERSION = '1.0';
const TYPE_PATTERN = /^renkei\.([a-z-]+)\.([A-Za-z]+)\.v(\d+)$/;

export class MalformedCloudEvent extends Error {
  readonly code = 'CONTRACTS.MALFORMED_CLOUD_EVENT';
  constructor(reason: string) {
    super(`not a Renkei CloudEvent: ${reason}`);
    this.name = 'MalformedCloudEvent';
  }
}

export function cloudEventType(streamId: string, type: string, schemaVersion: number): string {
  return `renkei.${contextOfStream(streamId) ?? 'internal'}.${type}.v${schemaVersion}`;
}

export function toCloudEventHeaders(event: EventEnvelope): MessageHeaders {
  const { traceparent, ...metadata } = event.metadata;
  const headers: MessageHeaders = {
    ce_specversion: CLOUDEVENTS_SPEC_VERSION,
    ce_id: event.id,
    ce_source: `/renkei/${contextOfStream(event.streamId) ?? 'internal'}`,
    ce_type: cloudEventType(event.streamId, event.type, event.schemaVersion),
    ce_time: event.recordedAt.toISOString(),
    ce_subject: event.streamId,
    ce_streamrevision: event.revision.toString(),
    ce_logposition: event.logPosition,
    ce_renkeimetadata: JSON.stringify(metadata),
    'content-type': 'application/json',
  };
  // Events recorded without a trace (imports, replays) still start one, so every message can be followed.
  headers['traceparent'] = typeof traceparent === 'string' ? traceparent : traceparentFor(undefined);
  return headers;
}

/** The inverse of `toCloudEventHeaders`; refuses, naming the header, anything it cannot trust. */
export function fromCloudEventMessage(headers: Readonly<Record<string, string | undefined>>, value: string): EventEnvelope {
  const header = (name: string): string => {
    const found = headers[name];
    if (found === undefined || found.length === 0) throw new MalformedCloudEvent(`header ${name} is missing`);
    return found;
  };
  if (header('ce_specversion') !== CLOUDEVENTS_SPEC_VERSION) throw new MalformedCloudEvent(`ce_specversion must be ${CLOUDEVENTS_SPEC_VERSION}`);
  const typeMatch = TYPE_PATTERN.exec(header('ce_type'));
  if (!typeMatch) throw new MalformedCloudEvent(`ce_type "${header('ce_type')}" must look like renkei.<context>.<EventType>.v<n>`);
  const revision = header('ce_streamrevision');
  if (!/^\d+$/.test(revision)) throw new MalformedCloudEvent('ce_streamrevision must be a non-negative integer');
  const recordedAt = new Date(header('ce_time'));
  if (Number.isNaN(recordedAt.getTime())) throw new MalformedCloudEvent('ce_time must be an RFC 3339 timestamp');
  const data = parseObject(value, 'the message value');
  const metadata = parseObject(headers['ce_renkeimetadata'] ?? '{}', 'ce_renkeimetadata');
  if (headers['traceparent'] !== undefined) metadata['traceparent'] = headers['traceparent'];
  return {
    id: header('ce_id'),
    type: typeMatch[2] as string,
    streamId: header('ce_subject'),
    revision: BigInt(revision),
    logPosition: header('ce_logposition'),
    schemaVersion: Number(typeMatch[3]),
    recordedAt,
    data,
    metadata,
  };
}

function parseObject(json: string, what: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new MalformedCloudEvent(`${what} is not JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new MalformedCloudEvent(`${what} must be a JSON object`);
  return parsed as Record<string, unknown>;
}
