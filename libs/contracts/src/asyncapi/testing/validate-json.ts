// Specs only. The contracts declare JSON Schema draft 2020-12, so they are judged by Ajv's 2020-12 engine
// (Ajv 8, a declared dev dependency), formats included.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** Ajv's complaints about `value` against `schema` (`<path> <message> <params>`), empty when it conforms. */
export function jsonSchemaErrors(schema: object, value: unknown): string[] {
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  const validate = ajv.compile(schema);
  if (validate(value) === true) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '$'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);
}
