// A small JSON Schema checker for the keywords the contracts use, so specs can prove that
// every event a decider emits fits its published schema (no draft 2020-12 validator is a
// dependency of the project). Specs only.
type Schema = { readonly [keyword: string]: unknown };

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Paths and reasons where `value` breaks `schema`; empty when it conforms. */
export function schemaViolations(schema: Schema, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  const fail = (reason: string) => problems.push(`${path}: ${reason}`);
  if (Array.isArray(schema['oneOf'])) {
    const passing = (schema['oneOf'] as Schema[]).filter((option) => schemaViolations(option, value, path).length === 0);
    if (passing.length !== 1) fail(`matches ${passing.length} of oneOf, not exactly 1`);
  }
  if (Array.isArray(schema['anyOf']) && !(schema['anyOf'] as Schema[]).some((option) => schemaViolations(option, value, path).length === 0)) fail('matches none of anyOf');
  if (typeof schema['not'] === 'object' && schema['not'] !== null && schemaViolations(schema['not'] as Schema, value, path).length === 0) fail('matches what "not" excludes');
  if ('const' in schema && value !== schema['const']) fail(`is not ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) fail(`is not one of ${schema['enum'].map(String).join(', ')}`);
  if (schema['type'] !== undefined) {
    const types = Array.isArray(schema['type']) ? (schema['type'] as string[]) : [schema['type'] as string];
    if (!types.some((type) => hasType(value, type))) return [...problems, `${path}: is not ${types.join(' or ')}`];
  }
  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern']).test(value)) fail(`does not match ${schema['pattern']}`);
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength']) fail('is too short');
    if (typeof schema['maxLength'] === 'number' && value.length > schema['maxLength']) fail('is too long');
    if (schema['format'] === 'date-time' && !DATE_TIME.test(value)) fail('is not a date-time');
    if (schema['format'] === 'date' && !DATE.test(value)) fail('is not a date');
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) fail(`is below ${schema['minimum']}`);
    if (typeof schema['exclusiveMinimum'] === 'number' && value <= schema['exclusiveMinimum']) fail(`is not above ${schema['exclusiveMinimum']}`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) fail(`is above ${schema['maximum']}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) fail('has too few items');
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems']) fail('has too many items');
    if (schema['uniqueItems'] === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) fail('repeats an item');
    if (typeof schema['items'] === 'object') value.forEach((item, index) => problems.push(...schemaViolations(schema['items'] as Schema, item, `${path}[${index}]`)));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    const record = value as Record<string, unknown>;
    for (const key of (schema['required'] ?? []) as string[]) if (!(key in record)) fail(`lacks ${key}`);
    for (const [key, item] of Object.entries(record)) {
      const property = properties[key];
      if (property !== undefined) problems.push(...schemaViolations(property, item, `${path}.${key}`));
      else if (schema['additionalProperties'] === false) fail(`has unexpected ${key}`);
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}
