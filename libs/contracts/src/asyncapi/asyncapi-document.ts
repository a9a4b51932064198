import { toCloudEventHeaders } from '../cloud-events';
import { CONTEXTS, topicOf, type ContextName } from '../contexts';
import { cloudEventHeadersSchema, cloudEventTypeHeader, streamIdSchema } from './cloud-event-headers';
import { DELIVERY_GUARANTEES, PARTNER_CHANNEL_DESCRIPTION, contextChannelDescription } from './asyncapi-descriptions';
import { messageExample } from './examples';
import { publishedEvents, type JsonSchema, type PublishedEvent } from './published-events';

export interface AsyncApiDocumentOptions {
  /** The Kafka bootstrap address integrators connect to: `host:port`, optionally as `kafka://host:port`. */
  readonly serverUrl?: string;
  /** `info.version`: the version of this contract, e.g. the release serving it. */
  readonly version?: string;
}

export const ASYNCAPI_PLACEHOLDER_SERVER = 'kafka.renkei.example:9092';
export const ASYNCAPI_DEFAULT_VERSION = '1.0.0';
/** Partitions of each context topic: what the relay creates them with (`ensureTopics` in libs/messaging). */
export const CONTEXT_TOPIC_PARTITIONS = 3;
const KAFKA_BINDING_VERSION = '0.5.0';

export type AsyncApiRef = { readonly $ref: string };

export interface AsyncApiMessage {
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  readonly contentType: 'application/json';
  readonly headers: JsonSchema;
  readonly payload: AsyncApiRef;
  readonly bindings: { readonly kafka: { readonly key: AsyncApiRef; readonly bindingVersion: string } };
  readonly examples: ReadonlyArray<{ readonly name: string; readonly headers: Readonly<Record<string, string>>; readonly payload: object }>;
}

export interface AsyncApiChannel {
  readonly address: string;
  readonly title: string;
  readonly description: string;
  readonly parameters?: Readonly<Record<string, AsyncApiRef>>;
  readonly messages: Readonly<Record<string, AsyncApiRef>>;
  readonly bindings: { readonly kafka: { readonly topic?: string; readonly partitions?: number; readonly bindingVersion: string } };
}

export interface AsyncApiOperation {
  readonly action: 'receive';
  readonly channel: AsyncApiRef;
  readonly title: string;
  readonly summary: string;
  readonly messages: readonly AsyncApiRef[];
  readonly bindings: { readonly kafka: { readonly groupId: JsonSchema; readonly bindingVersion: string } };
}

/** A type, not an interface, so it is a plain JSON object to tools typed `Record<string, unknown>` (e.g. @asyncapi/parser). */
export type AsyncApiDocument = {
  readonly asyncapi: '3.0.0';
  readonly id: string;
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly defaultContentType: 'application/json';
  readonly servers: Readonly<Record<string, { readonly host: string; readonly protocol: string; readonly title: string; readonly description: string }>>;
  readonly channels: Readonly<Record<string, AsyncApiChannel>>;
  readonly operations: Readonly<Record<string, AsyncApiOperation>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, JsonSchema>>;
    readonly messages: Readonly<Record<string, AsyncApiMessage>>;
    readonly parameters: Readonly<Record<string, { readonly description: string; readonly examples: readonly string[] }>>;
  };
};

export class InvalidAsyncApiOption extends Error {
  readonly code = 'CONTRACTS.INVALID_ASYNCAPI_OPTION';
  constructor(option: string, reason: string) {
    super(`asyncApiDocument option ${option} ${reason}`);
    this.name = 'InvalidAsyncApiOption';
  }
}

/** Channel id of the per-partner topic; each context topic's channel id is the context's name. */
export const ASYNCAPI_PARTNER_CHANNEL = 'partner';

/** Component message id of one event type in one version: its `ce_type` without the `renkei.` prefix. */
export function asyncApiMessageId(context: ContextName, type: string, version: number): string {
  return `${context}.${type}.v${version}`;
}

/**
 * The AsyncAPI 3.0.0 contract of the Kafka topics integrators read: one channel per context topic,
 * the per-partner channel, a receive operation for each, and one message per event type and schema
 * version (JSON Schema payload, CloudEvents headers, Kafka key). Pure: same options, same document.
 */
export function asyncApiDocument(options: AsyncApiDocumentOptions = {}): AsyncApiDocument {
  const host = serverHost(options.serverUrl);
  const version = documentVersion(options.version);
  const events = publishedEvents();
  const schemas: Record<string, JsonSchema> = {};
  const messages: Record<string, AsyncApiMessage> = {};
  const channels: Record<string, AsyncApiChannel> = {};
  const operations: Record<string, AsyncApiOperation> = {};

  for (const context of CONTEXTS) {
    schemas[`${context}.StreamId`] = streamIdSchema(context);
    schemas[`${context}.CloudEventHeaders`] = cloudEventHeadersSchema(context);
  }
  for (const event of events) {
    const id = asyncApiMessageId(event.context, event.type, event.version);
    schemas[id] = event.schema;
    messages[id] = message(event);
  }
  for (const context of CONTEXTS) {
    const own = Object.fromEntries(events.filter((event) => event.context === context).map((event) => [`${event.type}.v${event.version}`, componentMessage(event)]));
    channels[context] = {
      address: topicOf(context),
      title: `${context} events`,
      description: contextChannelDescription(context),
      messages: own,
      bindings: { kafka: { topic: topicOf(context), partitions: CONTEXT_TOPIC_PARTITIONS, bindingVersion: KAFKA_BINDING_VERSION } },
    };
    operations[`receive${pascal(context)}Events`] = receive(context, `Receive the ${context} events`, Object.keys(own));
  }
  const everyMessage = Object.fromEntries(events.map((event) => [asyncApiMessageId(event.context, event.type, event.version), componentMessage(event)]));
  channels[ASYNCAPI_PARTNER_CHANNEL] = {
    address: 'renkei.partner.{companyId}.v1',
    title: 'Events one partner may see',
    description: PARTNER_CHANNEL_DESCRIPTION,
    parameters: { companyId: { $ref: '#/components/parameters/companyId' } },
    messages: everyMessage,
    bindings: { kafka: { bindingVersion: KAFKA_BINDING_VERSION } },
  };
  operations['receivePartnerEvents'] = receive(ASYNCAPI_PARTNER_CHANNEL, "Receive the events of one partner's topic", Object.keys(everyMessage));

  // A copy: whoever edits the document (a renderer, a gateway adding its servers) must not edit the contracts' schemas.
  return structuredClone({
    asyncapi: '3.0.0',
    id: 'urn:renkei:events',
    info: { title: 'Renkei events', version, description: DELIVERY_GUARANTEES },
    defaultContentType: 'application/json',
    servers: {
      kafka: {
        host,
        protocol: 'kafka',
        title: 'Renkei Kafka',
        description: `Bootstrap address of the consortium's Kafka cluster${options.serverUrl === undefined ? ' (a placeholder: ask the consortium office for yours)' : ''}.`,
      },
    },
    channels,
    operations,
    components: {
      schemas,
      messages,
      parameters: {
        companyId: {
          description: 'Company id of the partner the topic is for, as registered in the member directory (lowercase letters, digits and dashes).',
          examples: ['okada-seiki'],
        },
      },
    },
  } satisfies AsyncApiDocument);
}

function message(event: PublishedEvent): AsyncApiMessage {
  const { context, type, version } = event;
  const example = messageExample(context, type, version);
  return {
    name: type,
    title: `${type} v${version}`,
    summary: event.current ? `${type}, schema version ${version} (written today).` : `${type}, schema version ${version}: no longer written, still delivered when history is read or replayed.`,
    contentType: 'application/json',
    headers: {
      type: 'object',
      allOf: [
        { $ref: `#/components/schemas/${context}.CloudEventHeaders` },
        { type: 'object', properties: { ce_type: { const: cloudEventTypeHeader(context, type, version) } } },
      ],
    },
    payload: { $ref: `#/components/schemas/${asyncApiMessageId(context, type, version)}` },
    bindings: { kafka: { key: { $ref: `#/components/schemas/${context}.StreamId` }, bindingVersion: KAFKA_BINDING_VERSION } },
    examples: example === undefined ? [] : [{ name: `${type}.v${version}`, headers: exampleHeaders(event, example.streamId), payload: example.data }],
  };
}

/** The headers the relay writes for the example, through the relay's own mapping; fixed ids and times keep the document stable. */
function exampleHeaders({ type, version }: PublishedEvent, streamId: string): Record<string, string> {
  return toCloudEventHeaders({
    id: '0b5e6f3c-7d2a-4c1e-9f00-3a2b1c0d9e8f',
    type,
    streamId,
    revision: 0n,
    logPosition: '812-44',
    schemaVersion: version,
    recordedAt: new Date('2026-11-20T10:00:01.000Z'),
    data: {},
    metadata: { companyId: 'okada-seiki', schemaVersion: version, traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
  });
}

function componentMessage({ context, type, version }: PublishedEvent): AsyncApiRef {
  return { $ref: `#/components/messages/${asyncApiMessageId(context, type, version)}` };
}

function receive(channel: string, title: string, messageKeys: readonly string[]): AsyncApiOperation {
  return {
    action: 'receive',
    channel: { $ref: `#/channels/${channel}` },
    title,
    summary: 'Consume with your own consumer group; commit offsets after your effect, and skip event ids you have already applied.',
    messages: messageKeys.map((key) => ({ $ref: `#/channels/${channel}/messages/${key}` })),
    bindings: { kafka: { groupId: { type: 'string', description: 'Your consumer group: one per integrator application.' }, bindingVersion: KAFKA_BINDING_VERSION } },
  };
}

const SERVER_URL = /^(?:kafka:\/\/)?((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\]):([0-9]{1,5})$/;

function serverHost(serverUrl: string | undefined): string {
  if (serverUrl === undefined) return ASYNCAPI_PLACEHOLDER_SERVER;
  const match = SERVER_URL.exec(serverUrl.trim());
  const port = Number(match?.[2]);
  if (!match || port < 1 || port > 65535) {
    throw new InvalidAsyncApiOption('serverUrl', `must be a Kafka bootstrap address host:port (optionally kafka://host:port), got "${serverUrl}"`);
  }
  return `${match[1]}:${port}`;
}

function documentVersion(version: string | undefined): string {
  if (version === undefined) return ASYNCAPI_DEFAULT_VERSION;
  if (version.trim().length === 0) throw new InvalidAsyncApiOption('version', 'must not be empty');
  return version.trim();
}

function pascal(context: string): string {
  return context.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}
