// Validates Kubernetes objects (a JSON list on stdin) with the JSON-schema validators that kubernetes-models and
// @kubernetes-models/strimzi-kafka-operator generate from the Kubernetes OpenAPI spec and Strimzi's CRDs.
// Those packages are ES modules only and jest runs tests as CommonJS, so the tests run this in a child node.
// Prints a JSON list of { object, errors } for every object that fails, or cannot be matched to a schema.
import { readFileSync } from 'node:fs';

const objects = JSON.parse(readFileSync(0, 'utf8'));
const failures = [];
for (const object of objects) {
  const name = `${object.kind} ${object.metadata?.name}`;
  // kubernetes-models lays its modules out as <apiVersion>/<kind>, e.g. apps/v1/Deployment or v1/Service.
  const module = String(object.apiVersion).endsWith('strimzi.io/v1beta2')
    ? `@kubernetes-models/strimzi-kafka-operator/${object.apiVersion}/${object.kind}`
    : `kubernetes-models/${object.apiVersion}/${object.kind}`;
  let Model;
  try {
    Model = (await import(module))[object.kind];
  } catch {
    failures.push({ object: name, errors: [`no schema for ${object.apiVersion} ${object.kind} (${module})`] });
    continue;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    const errors = error.errors?.map((issue) => `${issue.instancePath || '/'} ${issue.message}`) ?? [String(error)];
    failures.push({ object: name, errors });
  }
}
process.stdout.write(JSON.stringify(failures));
