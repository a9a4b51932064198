import type { NetworkIntegratorScope } from '@renkei/contracts';
import type { NetworkCommandMetadata } from './command-metadata';
import type { GrantIntegratorAccess, RevokeIntegratorAccess } from './integrator-access';
import { integratorScopeErrors } from './integrator-scope-rules';
import { FieldReader } from './parse-fields';
import type { NetworkParseResult } from './parse-result';

/** `{ "integratorId": ..., "scopes": ["orders", "bom", "work"] }`; the edge has looked the integrator up (`metadata.lookups`). */
export function parseGrantIntegratorAccess(
  target: { companyId: string },
  body: unknown,
  metadata: GrantIntegratorAccess['metadata'],
): NetworkParseResult<GrantIntegratorAccess> {
  const reader = new FieldReader(body, '{ "integratorId": ..., "scopes": ["orders", "bom", "work"] }');
  const companyId = reader.slug('companyId', target.companyId);
  const integratorId = reader.slug('integratorId', reader.input['integratorId']);
  const scopes = reader.input['scopes'];
  reader.errors.push(...integratorScopeErrors(scopes));
  reader.rejectUnknown(['integratorId', 'scopes'], 'an integrator grant');

  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, command: { type: 'GrantIntegratorAccess', data: { companyId, integratorId, scopes: [...(scopes as NetworkIntegratorScope[])] }, metadata } };
}

export function parseRevokeIntegratorAccess(target: { companyId: string }, body: unknown, metadata: NetworkCommandMetadata): NetworkParseResult<RevokeIntegratorAccess> {
  const reader = new FieldReader(body, '{ "integratorId": ... }');
  const companyId = reader.slug('companyId', target.companyId);
  const integratorId = reader.slug('integratorId', reader.input['integratorId']);
  reader.rejectUnknown(['integratorId'], 'an integrator access revocation');

  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, command: { type: 'RevokeIntegratorAccess', data: { companyId, integratorId }, metadata } };
}
