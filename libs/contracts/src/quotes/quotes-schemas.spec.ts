import { QUOTES_EVENT_SCHEMAS, QUOTES_EVENT_SCHEMA_VERSIONS } from './index';

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

describe.each(Object.entries(QUOTES_EVENT_SCHEMAS))('%s v1 schema', (type, schema) => {
  it('is a draft 2020-12 schema named after its event type and version', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://renkei.example/schemas/quotes/${type}/v1.json`);
    expect(schema.title).toBe(`${type} v1`);
    expect(QUOTES_EVENT_SCHEMA_VERSIONS[type as keyof typeof QUOTES_EVENT_SCHEMA_VERSIONS]).toBe(1);
  });

  it('closes every object and requires every field it declares (absent values are null, never missing)', () => {
    for (const [path, node] of objectSchemas(schema, '$')) {
      expect({ path, additionalProperties: node['additionalProperties'] }).toEqual({ path, additionalProperties: false });
      expect({ path, required: [...((node['required'] ?? []) as string[])].sort() }).toEqual({ path, required: Object.keys(node['properties'] as object).sort() });
    }
  });
});
