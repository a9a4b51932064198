/**
 * The environment a container would see, resolved from its env and envFrom against the rendered ConfigMaps,
 * with placeholders for Secret values (the Secret is never committed).
 */
import type { Resource } from '../render-kustomization';
import { secretKeys, secretName } from '../topology';
import { nameOf, ofKind, type IContainer } from './manifest-queries';

/** Values of the shape Renkei expects, so the parse checks the names and the non-secret values. */
const secretPlaceholders: Record<string, string> = {
  'database-url': 'postgres://renkei:placeholder@postgres:5432/renkei',
  'api-keys': 'placeholder-api-key-0001:acme:coordinator',
  'link-signing-key': 'p'.repeat(32),
};

export interface ContainerEnvironment {
  values: Record<string, string>;
  problems: string[];
}

export function containerEnvironment(resources: Resource[], container: IContainer): ContainerEnvironment {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const source of container.envFrom ?? []) {
    const configMap = ofKind(resources, 'ConfigMap').find((candidate) => nameOf(candidate) === source.configMapRef?.name);
    if (source.configMapRef === undefined || configMap === undefined) {
      problems.push(`envFrom must name a rendered ConfigMap (got ${JSON.stringify(source)}); Secrets are referenced key by key`);
      continue;
    }
    Object.assign(values, configMap.data ?? {});
  }
  const named = new Set<string>();
  for (const variable of container.env ?? []) {
    if (named.has(variable.name)) problems.push(`env ${variable.name} is listed twice`);
    named.add(variable.name);
    const secretRef = variable.valueFrom?.secretKeyRef;
    if (variable.value !== undefined) values[variable.name] = variable.value;
    else if (secretRef !== undefined) {
      if (secretRef.name !== secretName || !secretKeys.includes(secretRef.key)) {
        problems.push(`env ${variable.name} reads Secret ${secretRef.name} key ${secretRef.key}; only ${secretName} with ${secretKeys.join(', ')} exists`);
      }
      values[variable.name] = secretPlaceholders[secretRef.key] ?? 'unknown-secret-key';
    } else problems.push(`env ${variable.name} must have a value or a secretKeyRef`);
  }
  return { values, problems };
}
