import type { NetworkCommandMetadata } from './command-metadata';
import type { JoinConsortium, LeaveConsortium } from './consortium-membership';
import { FieldReader } from './parse-fields';
import type { NetworkParseResult } from './parse-result';

export function parseJoinConsortium(target: { companyId: string }, body: unknown, metadata: NetworkCommandMetadata): NetworkParseResult<JoinConsortium> {
  const parsed = parseMembership(target, body);
  return parsed.ok ? { ok: true, command: { type: 'JoinConsortium', data: parsed.data, metadata } } : parsed;
}

export function parseLeaveConsortium(target: { companyId: string }, body: unknown, metadata: NetworkCommandMetadata): NetworkParseResult<LeaveConsortium> {
  const parsed = parseMembership(target, body);
  return parsed.ok ? { ok: true, command: { type: 'LeaveConsortium', data: parsed.data, metadata } } : parsed;
}

function parseMembership(target: { companyId: string }, body: unknown) {
  const reader = new FieldReader(body, '{ "consortiumId": ... }');
  const companyId = reader.slug('companyId', target.companyId);
  const consortiumId = reader.slug('consortiumId', reader.input['consortiumId']);
  reader.rejectUnknown(['consortiumId'], 'a consortium membership change');
  return reader.errors.length > 0 ? { ok: false as const, errors: reader.errors } : { ok: true as const, data: { companyId, consortiumId } };
}
