// Specs only. The Ajv that `require('ajv')` reaches is 6.x (hoisted from eslint; Ajv 8 is only nested under
// other packages), a draft-07 engine. The contracts declare draft 2020-12 but use only keywords that mean the
// same in draft-07 (asyncapi-messages.spec checks that), so Ajv 6 judges them faithfully; it is told not to
// look up the 2020-12 meta-schema it does not have.
import Ajv from 'ajv';

/** Ajv's complaints about `value` against `schema` (`<path> <message> <params>`), empty when it conforms. */
export function jsonSchemaErrors(schema: object, value: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, format: 'full', validateSchema: false });
  const validate = ajv.compile(schema);
  if (validate(value) === true) return [];
  return (validate.errors ?? []).map((error) => `${error.dataPath || '$'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);
}
