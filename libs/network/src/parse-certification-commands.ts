import { NETWORK_CERTIFICATION_KINDS, NETWORK_PROCESSES } from '@renkei/contracts';
import type { GrantCertification, RenewCertification, RevokeCertification } from './certification-commands';
import type { NetworkCommandMetadata } from './command-metadata';
import { FieldReader } from './parse-fields';
import type { NetworkParseResult } from './parse-result';

export function parseGrantCertification(
  target: { companyId: string },
  body: unknown,
  metadata: NetworkCommandMetadata,
): NetworkParseResult<GrantCertification> {
  const reader = new FieldReader(body, '{ "certificationId": ..., "kind": "standard" | "instructor", "name": ..., "scopeProcess": ... }');
  const { input } = reader;
  const companyId = reader.slug('companyId', target.companyId);
  const certificationId = reader.recordId('certificationId', input['certificationId']);
  const kind = reader.oneOf('kind', input['kind'], NETWORK_CERTIFICATION_KINDS, 'must be a certification kind');
  const name = reader.text('name', input['name'], 120, 'e.g. JIS Q 9100');
  const scopeProcess = reader.oneOf('scopeProcess', input['scopeProcess'], NETWORK_PROCESSES, 'must be one of the known processes');
  reader.rejectUnknown(['certificationId', 'kind', 'name', 'scopeProcess'], 'a certification grant');

  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, command: { type: 'GrantCertification', data: { companyId, certificationId, kind, name, scopeProcess }, metadata } };
}

export function parseRenewCertification(
  target: { companyId: string },
  body: unknown,
  metadata: NetworkCommandMetadata,
): NetworkParseResult<RenewCertification> {
  const parsed = parseCertificationTarget(target, body, 'a certification renewal');
  return parsed.ok ? { ok: true, command: { type: 'RenewCertification', data: parsed.data, metadata } } : parsed;
}

export function parseRevokeCertification(
  target: { companyId: string },
  body: unknown,
  metadata: NetworkCommandMetadata,
): NetworkParseResult<RevokeCertification> {
  const parsed = parseCertificationTarget(target, body, 'a certification revocation');
  return parsed.ok ? { ok: true, command: { type: 'RevokeCertification', data: parsed.data, metadata } } : parsed;
}

function parseCertificationTarget(target: { companyId: string }, body: unknown, what: string) {
  const reader = new FieldReader(body, '{ "certificationId": ... }');
  const companyId = reader.slug('companyId', target.companyId);
  const certificationId = reader.recordId('certificationId', reader.input['certificationId']);
  reader.rejectUnknown(['certificationId'], what);
  return reader.errors.length > 0 ? { ok: false as const, errors: reader.errors } : { ok: true as const, data: { companyId, certificationId } };
}
