import { Parser, type AsyncAPIDocumentInterface, type MessageInterface } from '@asyncapi/parser';
import { BOM_EXCHANGE_EVENT_SCHEMAS } from '../bom-exchange';
import { cloudEventType } from '../cloud-events';
import { CONTEXTS, contextOfStream, type ContextName } from '../contexts';
import { NETWORK_EVENT_SCHEMAS, NETWORK_EVENT_SCHEMA_VERSIONS } from '../network';
import { ORDERS_EVENT_SCHEMAS } from '../orders';
import { QUOTES_EVENT_SCHEMAS, QUOTES_EVENT_SCHEMA_VERSIONS, RFQ_ISSUED_SCHEMAS } from '../quotes';
import { PROGRESS_REPORTED_SCHEMAS, WORK_PROGRESS_EVENT_SCHEMAS, WORK_PROGRESS_EVENT_SCHEMA_VERSIONS } from '../work-progress';
import { asyncApiDocument, asyncApiMessageId } from './asyncapi-document';
import { STREAM_ID_PREFIXES } from './cloud-event-headers';
import type { JsonSchema } from './published-events';
import { jsonSchemaErrors } from './testing/validate-json';

type Written = { readonly schemas: Readonly<Record<string, JsonSchema>>; readonly versionOf: (type: string) => number };

/**
 * What each context writes today, straight from its contract maps. Orders and bom-exchange keep no
 * version map and their services stamp no schemaVersion, so the relay labels their events v1.
 */
const WRITTEN: Record<ContextName, Written> = {
  network: { schemas: NETWORK_EVENT_SCHEMAS, versionOf: (type) => NETWORK_EVENT_SCHEMA_VERSIONS[type as keyof typeof NETWORK_EVENT_SCHEMA_VERSIONS] },
  quotes: { schemas: QUOTES_EVENT_SCHEMAS, versionOf: (type) => QUOTES_EVENT_SCHEMA_VERSIONS[type as keyof typeof QUOTES_EVENT_SCHEMA_VERSIONS] },
  orders: { schemas: ORDERS_EVENT_SCHEMAS, versionOf: () => 1 },
  'bom-exchange': { schemas: BOM_EXCHANGE_EVENT_SCHEMAS, versionOf: () => 1 },
  'work-progress': { schemas: WORK_PROGRESS_EVENT_SCHEMAS, versionOf: (type) => WORK_PROGRESS_EVENT_SCHEMA_VERSIONS[type as keyof typeof WORK_PROGRESS_EVENT_SCHEMA_VERSIONS] },
};

/** Versions no longer written whose schemas the contracts keep; still in the log, so still on the topics. */
const OLDER: ReadonlyArray<readonly [ContextName, string, number, JsonSchema]> = [
  ['quotes', 'RfqIssued', 1, RFQ_ISSUED_SCHEMAS[1]],
  ['work-progress', 'ProgressReported', 1, PROGRESS_REPORTED_SCHEMAS[1]],
];

/** Keywords that mean the same in draft-07 (AsyncAPI's schema dialect) and draft 2020-12 (the contracts'). */
const PORTABLE_KEYWORDS = new Set([
  '$id', '$schema', 'title', 'description', 'type', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items',
  'minItems', 'maxItems', 'uniqueItems', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'anyOf', 'oneOf', 'allOf', 'not', 'contentMediaType',
]);

const document = asyncApiDocument();
const everyMessage = Object.entries(document.components.messages);
let parsed: AsyncAPIDocumentInterface;

beforeAll(async () => {
  const result = await new Parser().parse(document);
  if (result.document === undefined) throw new Error(`the document does not parse: ${result.diagnostics.map((each) => each.message).join('; ')}`);
  parsed = result.document;
});

/** The message of `channel` as a tool reads it, $refs resolved. */
function parsedMessage(channel: string, key: string): MessageInterface {
  const found = parsed.channels().get(channel)?.messages().get(key);
  if (found === undefined) throw new Error(`channel ${channel} has no message ${key}`);
  return found;
}

describe.each(CONTEXTS)('the %s channel', (context) => {
  const channel = document.channels[context];
  const { schemas, versionOf } = WRITTEN[context];

  it.each(Object.keys(schemas))('carries %s in the version written today, with its contract schema as payload', (type) => {
    const key = `${type}.v${versionOf(type)}`;
    expect(channel?.messages[key]).toEqual({ $ref: `#/components/messages/${asyncApiMessageId(context, type, versionOf(type))}` });
    expect(document.components.schemas[asyncApiMessageId(context, type, versionOf(type))]).toEqual(schemas[type]);
    expect(parsedMessage(context, key).payload()?.id()).toBe(schemas[type]?.['$id']);
  });

  it('carries nothing else than the versions written today and the older versions the contracts keep', () => {
    const expected = [
      ...Object.keys(schemas).map((type) => `${type}.v${versionOf(type)}`),
      ...OLDER.filter(([ctx]) => ctx === context).map(([, type, version]) => `${type}.v${version}`),
    ];
    expect(Object.keys(channel?.messages ?? {}).sort()).toEqual(expected.sort());
  });
});

describe('older versions', () => {
  it.each(OLDER)('%s %s v%i is published with its own schema, next to the current version', (context, type, version, schema) => {
    expect(document.channels[context]?.messages[`${type}.v${version}`]).toEqual({ $ref: `#/components/messages/${asyncApiMessageId(context, type, version)}` });
    expect(document.components.schemas[asyncApiMessageId(context, type, version)]).toEqual(schema);
    expect(document.components.messages[asyncApiMessageId(context, type, version)]?.summary).toMatch(/no longer written/);
  });
});

describe.each(everyMessage)('message %s', (id, message) => {
  const [context, type, v] = id.split('.') as [ContextName, string, string];
  const version = Number(v.slice(1));
  const example = message.examples[0];

  it('pins ce_type to what the relay writes for its type and version, and keys by the context stream id', () => {
    const streamId = `${STREAM_ID_PREFIXES[context]}X-1`;
    expect(contextOfStream(streamId)).toBe(context);
    expect(message.headers['allOf']).toContainEqual({ type: 'object', properties: { ce_type: { const: cloudEventType(streamId, type, version) } } });
    expect(message.bindings.kafka).toEqual({ key: { $ref: `#/components/schemas/${context}.StreamId` }, bindingVersion: '0.5.0' });
    expect(message.name).toBe(type);
  });

  it('has an example whose payload validates against the published payload schema, and whose headers against the headers schema', () => {
    expect(example).toBeDefined();
    const published = parsedMessage(context, `${type}.v${version}`);
    expect(jsonSchemaErrors(published.payload()?.json() ?? {}, example?.payload)).toEqual([]);
    expect(jsonSchemaErrors(published.headers()?.json() ?? {}, example?.headers)).toEqual([]);
    expect(example?.headers['ce_type']).toBe(`renkei.${id}`);
  });

  it('uses only JSON Schema keywords that mean the same to AsyncAPI tools (draft-07) as in the contract (2020-12)', () => {
    expect(keywordsOf(document.components.schemas[id] ?? {}).filter((keyword) => !PORTABLE_KEYWORDS.has(keyword))).toEqual([]);
  });
});

describe('payload validation tells versions and bad data apart', () => {
  const payloadOf = (id: string) => document.components.schemas[id] ?? {};
  const exampleOf = (id: string) => document.components.messages[id]?.examples[0]?.payload;

  it('a v1 ProgressReported is not a v2 one, nor v2 a v1 one; likewise RfqIssued', () => {
    expect(jsonSchemaErrors(payloadOf('work-progress.ProgressReported.v2'), exampleOf('work-progress.ProgressReported.v1'))).toContain(
      '$ must have required property \'operation\' {"missingProperty":"operation"}',
    );
    expect(jsonSchemaErrors(payloadOf('work-progress.ProgressReported.v1'), exampleOf('work-progress.ProgressReported.v2'))).toContain(
      '$ must NOT have additional properties {"additionalProperty":"operation"}',
    );
    expect(jsonSchemaErrors(payloadOf('quotes.RfqIssued.v2'), exampleOf('quotes.RfqIssued.v1'))).toEqual(['$ must have required property \'customerOrderId\' {"missingProperty":"customerOrderId"}']);
  });

  it('a wrong type, format or enum value fails, naming the field', () => {
    const accepted = { ...(exampleOf('orders.OrderAccepted.v1') as object), acceptedAt: 'yesterday' };
    expect(jsonSchemaErrors(payloadOf('orders.OrderAccepted.v1'), accepted)).toEqual(['/acceptedAt must match format "date-time" {"format":"date-time"}']);
    const reported = { ...(exampleOf('work-progress.ProgressReported.v2') as object), status: 'done', qtyGood: -1 };
    expect(jsonSchemaErrors(payloadOf('work-progress.ProgressReported.v2'), reported).map((error) => error.split(' {')[0])).toEqual([
      '/status must be equal to one of the allowed values',
      '/qtyGood must be >= 0',
    ]);
  });
});

describe('stream ids', () => {
  it.each(CONTEXTS)('the key pattern of %s matches the stream ids contextOfStream assigns to it', (context) => {
    const pattern = new RegExp(String(document.components.schemas[`${context}.StreamId`]?.['pattern']));
    for (const other of CONTEXTS) expect(pattern.test(`${STREAM_ID_PREFIXES[other]}X-1`)).toBe(other === context);
  });
});

/** Every keyword used anywhere in `schema`, sub-schemas included. */
function keywordsOf(schema: JsonSchema): string[] {
  const found = new Set<string>();
  const visit = (node: JsonSchema): void => {
    for (const [keyword, value] of Object.entries(node)) {
      found.add(keyword);
      if (keyword === 'properties') Object.values(value as Record<string, JsonSchema>).forEach(visit);
      else if (keyword === 'items' && Array.isArray(value)) found.add('items (array form)');
      else if (['items', 'not', 'additionalProperties'].includes(keyword) && typeof value === 'object' && value !== null) visit(value as JsonSchema);
      else if (['anyOf', 'oneOf', 'allOf'].includes(keyword)) (value as JsonSchema[]).forEach(visit);
    }
  };
  visit(schema);
  return [...found];
}
