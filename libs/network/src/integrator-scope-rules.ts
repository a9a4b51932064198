import { NETWORK_INTEGRATOR_SCOPES, type NetworkIntegratorScope } from '@renkei/contracts';
import type { FieldError } from './field-error';

const ALLOWED = NETWORK_INTEGRATOR_SCOPES.join(', ');

/**
 * Every rule a list of scopes breaks, in body order. Shared by the parser, which reports them,
 * and the decider, which guards the stream against a list that did not come through the parser.
 */
export function integratorScopeErrors(scopes: unknown): FieldError[] {
  if (!Array.isArray(scopes) || scopes.length === 0) return [{ field: 'scopes', rule: 'must be a non-empty list of scopes', allowed: ALLOWED }];
  const seen = new Set<NetworkIntegratorScope>();
  return scopes.flatMap((scope: unknown, index): FieldError[] => {
    const at = `scopes[${index}]`;
    if (!isIntegratorScope(scope)) return [{ field: at, rule: 'must be a grantable scope; quotes and prices are never granted', allowed: ALLOWED }];
    if (seen.has(scope)) return [{ field: at, rule: `repeats the scope ${scope}`, allowed: 'each scope once' }];
    seen.add(scope);
    return [];
  });
}

export function isIntegratorScope(value: unknown): value is NetworkIntegratorScope {
  return (NETWORK_INTEGRATOR_SCOPES as readonly unknown[]).includes(value);
}

/** One spelling of a set of scopes (the vocabulary's order), so equal sets compare equal. */
export function canonicalScopes(scopes: readonly NetworkIntegratorScope[]): NetworkIntegratorScope[] {
  return NETWORK_INTEGRATOR_SCOPES.filter((scope) => scopes.includes(scope));
}
