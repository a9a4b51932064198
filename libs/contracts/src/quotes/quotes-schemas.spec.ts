import { QUOTES_EVENT_SCHEMAS, QUOTES_EVENT_SCHEMA_VERSIONS, RFQ_ISSUED_SCHEMAS, upcastRfqIssued, type RfqIssuedV1 } from './index';

type Node = { readonly [keyword: string]: unknown };

/** Every object schema inside `schema`, with where it sits. */
function objectSchemas(schema: Node, path: string): [string, Node][] {
  const found: [string, Node][] = schema['type'] === 'object' ? [[path, schema]] : [];
  const properties = (schema['properties'] ?? {}) as Record<string, Node>;
  for (const [key, child] of Object.entries(properties)) found.push(...objectSchemas(child, `${path}.${key}`));
  if (typeof schema['items'] === 'object') found.push(...objectSchemas(schema['items'] as Node, `${path}[]`));
  for (const option of (schema['oneOf'] ?? []) as Node[]) found.push(...objectSchemas(option, path));
  return found;
}

const schemasWritten = Object.entries(QUOTES_EVENT_SCHEMAS).map(([type, schema]) => [type, QUOTES_EVENT_SCHEMA_VERSIONS[type as keyof typeof QUOTES_EVENT_SCHEMA_VERSIONS], schema] as const);
const schemasEverWritten = [...schemasWritten, ['RfqIssued', 1, RFQ_ISSUED_SCHEMAS[1]] as const];

describe.each(schemasEverWritten)('%s v%i schema', (type, version, schema) => {
  it('is a draft 2020-12 schema named after its event type and version', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://renkei.example/schemas/quotes/${type}/v${version}.json`);
    expect(schema.title).toBe(`${type} v${version}`);
  });

  it('closes every object and requires every field it declares (absent values are null, never missing)', () => {
    for (const [path, node] of objectSchemas(schema, '$')) {
      expect({ path, additionalProperties: node['additionalProperties'] }).toEqual({ path, additionalProperties: false });
      expect({ path, required: [...((node['required'] ?? []) as string[])].sort() }).toEqual({ path, required: Object.keys(node['properties'] as object).sort() });
    }
  });
});

describe('RfqIssued versions', () => {
  it('every event is written as v1 except RfqIssued, now v2 (it names the customer order)', () => {
    expect(QUOTES_EVENT_SCHEMA_VERSIONS).toEqual({ RfqIssued: 2, QuoteSubmitted: 1, QuoteRevised: 1, RfqDeclined: 1, RfqAwarded: 1, RfqCancelled: 1, RfqAnswerOverdue: 1 });
    expect(QUOTES_EVENT_SCHEMAS.RfqIssued).toBe(RFQ_ISSUED_SCHEMAS[2]);
  });

  const v1: RfqIssuedV1 = {
    rfqId: 'RFQ-1',
    issuedBy: 'lead-1',
    lines: [{ lineNo: 1, part: { partNumber: 'PN-1', bomNodeId: null, description: 'part' }, quantity: 1, dueDate: '2027-01-01', drawingRefs: [] }],
    answerDeadline: '2026-12-01T00:00:00.000Z',
    invited: ['ws-a'],
    selection: 'invited',
    matchCriteria: null,
    issuedAt: '2026-11-20T00:00:00.000Z',
  };

  it('a stored v1 RFQ reads as v2 naming no customer order; a v2 one keeps its customer order, however often upcast', () => {
    expect(upcastRfqIssued(v1, 1)).toEqual({ ...v1, customerOrderId: null });
    const v2 = { ...v1, customerOrderId: 'CO-1' };
    expect(upcastRfqIssued(v2, 2)).toEqual(v2);
    expect(upcastRfqIssued(upcastRfqIssued(v2, 1), 2)).toEqual(v2);
  });

  it('refuses a version it does not know', () => {
    expect(() => upcastRfqIssued(v1, 3)).toThrow(RangeError);
  });
});
