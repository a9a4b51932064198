import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Resource } from '../render-kustomization';

export interface SchemaFailure {
  object: string;
  errors: string[];
}

/** Checks every object against the Kubernetes OpenAPI / Strimzi CRD schemas (see validate-with-kubernetes-models.mjs). */
export function findSchemaFailures(resources: Resource[]): SchemaFailure[] {
  const output = execFileSync(process.execPath, [join(__dirname, 'validate-with-kubernetes-models.mjs')], {
    input: JSON.stringify(resources),
    encoding: 'utf8',
  });
  return JSON.parse(output) as SchemaFailure[];
}
