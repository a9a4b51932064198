import { CLOUDEVENTS_SPEC_VERSION } from '../cloud-events';
import type { ContextName } from '../contexts';
import type { JsonSchema } from './published-events';

/**
 * The stream id prefix of each context (see `contextOfStream`), repeated here because the AsyncAPI
 * document states it as a pattern; a spec checks both agree.
 */
export const STREAM_ID_PREFIXES: Readonly<Record<ContextName, string>> = {
  network: 'company-',
  quotes: 'rfq-',
  orders: 'order-',
  'bom-exchange': 'bom-',
  'work-progress': 'work-',
};

/** The Kafka message key: the stream id, so one stream's events share a partition and keep their order. */
export function streamIdSchema(context: ContextName): JsonSchema {
  return {
    type: 'string',
    pattern: `^${STREAM_ID_PREFIXES[context]}`,
    description: `The stream id (e.g. ${STREAM_ID_PREFIXES[context]}…). Every event of one stream has this key, so it lands on one partition in the order it was recorded.`,
  };
}

/**
 * The `ce_*` headers of CloudEvents 1.0 Kafka binary mode, as `toCloudEventHeaders` writes them, for
 * every message of one context. Header values are UTF-8 strings. The event type and version are
 * pinned per message (see `cloudEventTypeHeader`).
 */
export function cloudEventHeadersSchema(context: ContextName): JsonSchema {
  return {
    type: 'object',
    required: [
      'ce_specversion',
      'ce_id',
      'ce_source',
      'ce_type',
      'ce_time',
      'ce_subject',
      'ce_streamrevision',
      'ce_logposition',
      'ce_renkeimetadata',
      'content-type',
      'traceparent',
    ],
    properties: {
      ce_specversion: { const: CLOUDEVENTS_SPEC_VERSION, description: 'CloudEvents `specversion`.' },
      ce_id: {
        type: 'string',
        minLength: 1,
        description: 'CloudEvents `id`: the event id, unique across the backbone. Delivery is at-least-once: de-duplicate by it.',
      },
      ce_source: { const: `/renkei/${context}`, description: 'CloudEvents `source`: the context that recorded the event.' },
      ce_type: {
        type: 'string',
        pattern: `^renkei\\.${context}\\.[A-Za-z]+\\.v[1-9][0-9]*$`,
        description: 'CloudEvents `type`: `renkei.<context>.<EventType>.v<schema version>`; the version names the payload schema.',
      },
      ce_time: { type: 'string', format: 'date-time', description: 'CloudEvents `time`: when the backbone recorded the event (the payload carries when it happened).' },
      ce_subject: {
        type: 'string',
        pattern: `^${STREAM_ID_PREFIXES[context]}`,
        description: 'CloudEvents `subject`: the stream id, equal to the Kafka message key.',
      },
      ce_streamrevision: {
        type: 'string',
        pattern: '^(0|[1-9][0-9]*)$',
        description: "Extension: the event's 0-based position in its stream. Within a key it increases by one per event, so a gap or a repeat is visible.",
      },
      ce_logposition: {
        type: 'string',
        pattern: '^[0-9]{1,20}-[0-9]{1,20}$',
        description: "Extension: the event's position in the backbone's global log (`<commit>-<prepare>`); a resumable cursor, not a sequence number.",
      },
      ce_renkeimetadata: {
        type: 'string',
        contentMediaType: 'application/json',
        description: 'Extension: the recording metadata as a JSON object (e.g. `companyId` of the actor, `causationId`, `schemaVersion`). Ignore members you do not know.',
      },
      'content-type': { const: 'application/json', description: 'CloudEvents `datacontenttype`: the message value is the event data as JSON.' },
      traceparent: {
        type: 'string',
        pattern: '^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
        description: 'W3C trace context of the write that recorded the event (not a CloudEvents attribute).',
      },
    },
  };
}

/** The `ce_type` of one event type in one version, as `cloudEventType` writes it for a stream of `context`. */
export function cloudEventTypeHeader(context: ContextName, type: string, version: number): string {
  return `renkei.${context}.${type}.v${version}`;
}
