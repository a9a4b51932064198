import { coordinator, metadata } from './network-test-fixtures';
import { parseIssuePhoneLink, parseRevokePhoneLink } from './parse-phone-link-commands';

const target = { companyId: 'okada' };
const fieldsOf = (result: { ok: true } | { ok: false; errors: { field: string }[] }) => (result.ok ? [] : result.errors.map((error) => error.field));

describe('parseIssuePhoneLink', () => {
  it('accepts a link without an expiry, leaving the default to the decider', () => {
    expect(parseIssuePhoneLink(target, { linkId: 'line-2-phone', label: '  line 2 phone ' }, metadata())).toEqual({
      ok: true,
      command: { type: 'IssuePhoneLink', data: { companyId: 'okada', linkId: 'line-2-phone', label: 'line 2 phone', expiresAt: null }, metadata: metadata(coordinator) },
    });
  });

  it('writes an expiry given with an offset as the same instant in UTC', () => {
    const result = parseIssuePhoneLink(target, { linkId: 'l1', label: 'x', expiresAt: '2026-05-01T18:00:00+09:00' }, metadata());
    expect(result.ok && result.command.data.expiresAt).toBe('2026-05-01T09:00:00.000Z');
  });

  it('names every bad field', () => {
    const result = parseIssuePhoneLink({ companyId: 'O' }, { linkId: 'line 2', label: '', expiresAt: 1777658400000, token: 'rkl_x' }, metadata());
    expect(fieldsOf(result)).toEqual(['companyId', 'linkId', 'label', 'expiresAt', 'token']);
    expect(result.ok ? undefined : result.errors.find((error) => error.field === 'expiresAt')).toEqual({
      field: 'expiresAt',
      rule: 'must be an ISO 8601 timestamp with its offset, or be left out for 30 days',
      allowed: 'e.g. 2026-05-01T18:00:00+09:00',
    });
    expect(fieldsOf(parseIssuePhoneLink(target, null, metadata()))).toEqual(['body', 'linkId', 'label']);
  });

  it('refuses a timestamp without its offset, a date alone, and a date that does not exist', () => {
    for (const expiresAt of ['2026-05-01T18:00:00', '2026-05-01', '2026-02-30T00:00:00Z', '2026-05-01T24:30:00Z', 'next week']) {
      expect(fieldsOf(parseIssuePhoneLink(target, { linkId: 'l1', label: 'x', expiresAt }, metadata()))).toEqual(['expiresAt']);
    }
  });
});

describe('parseRevokePhoneLink', () => {
  it('accepts a link id', () => {
    expect(parseRevokePhoneLink(target, { linkId: 'line-2-phone' }, metadata())).toEqual({
      ok: true,
      command: { type: 'RevokePhoneLink', data: { companyId: 'okada', linkId: 'line-2-phone' }, metadata: metadata() },
    });
  });

  it('names every bad field', () => {
    expect(fieldsOf(parseRevokePhoneLink({ companyId: '' }, { linkId: '', reason: 'lost phone' }, metadata()))).toEqual(['companyId', 'linkId', 'reason']);
  });
});
