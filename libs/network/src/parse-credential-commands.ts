import { NETWORK_COMPANY_ROLES } from '@renkei/contracts';
import type { NetworkCommandMetadata } from './command-metadata';
import type { IssueCredential, RevokeCredential } from './credentials';
import { FieldReader } from './parse-fields';
import type { NetworkParseResult } from './parse-result';

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/** The edge hashes the secret before calling this: only `secretHash` ever reaches the domain. */
export function parseIssueCredential(target: { companyId: string }, body: unknown, metadata: NetworkCommandMetadata): NetworkParseResult<IssueCredential> {
  const reader = new FieldReader(body, '{ "credentialId": ..., "role": ..., "secretHash": ..., "label": ... }');
  const { input } = reader;
  const companyId = reader.slug('companyId', target.companyId);
  const credentialId = reader.recordId('credentialId', input['credentialId']);
  const role = reader.oneOf('role', input['role'], NETWORK_COMPANY_ROLES, 'must be a network role');
  const secretHash = input['secretHash'];
  if (typeof secretHash !== 'string' || !SHA256_HEX.test(secretHash)) {
    reader.fail('secretHash', 'must be the SHA-256 of the secret as 64 hex characters', 'e.g. 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
  }
  const label = reader.text('label', input['label'], 100, 'e.g. shop-floor tablet');
  reader.rejectUnknown(['credentialId', 'role', 'secretHash', 'label'], 'a credential');

  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  // One spelling of the digest, so the edge's lookup never misses on letter case.
  const data = { companyId, credentialId, role, secretHash: (secretHash as string).toLowerCase(), label };
  return { ok: true, command: { type: 'IssueCredential', data, metadata } };
}

export function parseRevokeCredential(target: { companyId: string }, body: unknown, metadata: NetworkCommandMetadata): NetworkParseResult<RevokeCredential> {
  const reader = new FieldReader(body, '{ "credentialId": ... }');
  const companyId = reader.slug('companyId', target.companyId);
  const credentialId = reader.recordId('credentialId', reader.input['credentialId']);
  reader.rejectUnknown(['credentialId'], 'a credential revocation');

  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, command: { type: 'RevokeCredential', data: { companyId, credentialId }, metadata } };
}
