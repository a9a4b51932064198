import type { NetworkCommandMetadata } from './command-metadata';
import { FieldReader } from './parse-fields';
import type { NetworkParseResult } from './parse-result';
import type { IssuePhoneLink, RevokePhoneLink } from './phone-links';

/** A timestamp with its offset (Z or ±hh:mm), so "09:00" never means the server's time zone. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `{ "linkId": ..., "label": ..., "expiresAt"?: ... }`; the window expiresAt must fall in is the decider's, as it depends on now. */
export function parseIssuePhoneLink(target: { companyId: string }, body: unknown, metadata: NetworkCommandMetadata): NetworkParseResult<IssuePhoneLink> {
  const reader = new FieldReader(body, '{ "linkId": ..., "label": ..., "expiresAt": ... }');
  const { input } = reader;
  const companyId = reader.slug('companyId', target.companyId);
  const linkId = reader.recordId('linkId', input['linkId']);
  const label = reader.text('label', input['label'], 100, "e.g. line 2 foreman's phone");
  const expiresAt = input['expiresAt'] ?? null;
  if (expiresAt !== null && !isTimestamp(expiresAt)) {
    reader.fail('expiresAt', 'must be an ISO 8601 timestamp with its offset, or be left out for 30 days', 'e.g. 2026-05-01T18:00:00+09:00');
  }
  reader.rejectUnknown(['linkId', 'label', 'expiresAt'], 'a phone link');

  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  // One spelling of the instant, so issuing the same link again compares equal whatever offset it was written in.
  const data = { companyId, linkId, label, expiresAt: expiresAt === null ? null : new Date(expiresAt as string).toISOString() };
  return { ok: true, command: { type: 'IssuePhoneLink', data, metadata } };
}

export function parseRevokePhoneLink(target: { companyId: string }, body: unknown, metadata: NetworkCommandMetadata): NetworkParseResult<RevokePhoneLink> {
  const reader = new FieldReader(body, '{ "linkId": ... }');
  const companyId = reader.slug('companyId', target.companyId);
  const linkId = reader.recordId('linkId', reader.input['linkId']);
  reader.rejectUnknown(['linkId'], 'a phone link revocation');

  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, command: { type: 'RevokePhoneLink', data: { companyId, linkId }, metadata } };
}

function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) return false;
  // Date.parse rolls 2026-02-30 over into March; a calendar date that does not exist is a typo.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}
