import { metadata, okada } from './network-test-fixtures';
import { parseGrantCertification, parseRenewCertification, parseRevokeCertification } from './parse-certification-commands';
import { parseJoinConsortium, parseLeaveConsortium } from './parse-consortium-commands';
import { parseIssueCredential, parseRevokeCredential } from './parse-credential-commands';

const target = { companyId: 'okada' };
const fieldsOf = (result: { ok: true } | { ok: false; errors: { field: string }[] }) => (result.ok ? [] : result.errors.map((error) => error.field));

describe('parseGrantCertification', () => {
  it('accepts a grant', () => {
    const body = { certificationId: 'jisq9100', kind: 'standard', name: 'JIS Q 9100', scopeProcess: 'machining' };
    expect(parseGrantCertification(target, body, metadata())).toEqual({
      ok: true,
      command: { type: 'GrantCertification', data: { companyId: 'okada', ...body }, metadata: metadata() },
    });
  });

  it('names every bad field', () => {
    const result = parseGrantCertification({ companyId: '-x' }, { certificationId: '', kind: 'gold', name: 9100, scopeProcess: 'laser', expires: '2030' }, metadata());
    expect(fieldsOf(result)).toEqual(['companyId', 'certificationId', 'kind', 'name', 'scopeProcess', 'expires']);
    expect(result.ok ? undefined : result.errors.find((error) => error.field === 'kind')?.allowed).toBe('standard, instructor');
  });
});

describe.each([
  ['parseRenewCertification', parseRenewCertification, 'RenewCertification'],
  ['parseRevokeCertification', parseRevokeCertification, 'RevokeCertification'],
] as const)('%s', (_name, parse, type) => {
  it('accepts a certification id', () => {
    expect(parse(target, { certificationId: 'jisq9100' }, metadata())).toEqual({ ok: true, command: { type, data: { companyId: 'okada', certificationId: 'jisq9100' }, metadata: metadata() } });
  });

  it('names every bad field', () => {
    expect(fieldsOf(parse(target, { certificateId: 'jisq9100' }, metadata()))).toEqual(['certificationId', 'certificateId']);
    expect(fieldsOf(parse(target, null, metadata()))).toEqual(['body', 'certificationId']);
  });
});

describe.each([
  ['parseJoinConsortium', parseJoinConsortium, 'JoinConsortium'],
  ['parseLeaveConsortium', parseLeaveConsortium, 'LeaveConsortium'],
] as const)('%s', (_name, parse, type) => {
  it('accepts a consortium id', () => {
    expect(parse(target, { consortiumId: 'kanto-aero' }, metadata(okada))).toEqual({
      ok: true,
      command: { type, data: { companyId: 'okada', consortiumId: 'kanto-aero' }, metadata: metadata(okada) },
    });
  });

  it('names every bad field', () => {
    expect(fieldsOf(parse({ companyId: 'o' }, { consortiumId: 'Kanto Aero', since: 2020 }, metadata(okada)))).toEqual(['companyId', 'consortiumId', 'since']);
  });
});

describe('parseIssueCredential', () => {
  const hash = '9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08';

  it('accepts a credential and writes the hash in lower case', () => {
    const result = parseIssueCredential(target, { credentialId: 'tablet-1', role: 'workshop', secretHash: hash, label: 'shop-floor tablet' }, metadata());
    expect(result).toEqual({
      ok: true,
      command: {
        type: 'IssueCredential',
        data: { companyId: 'okada', credentialId: 'tablet-1', role: 'workshop', secretHash: hash.toLowerCase(), label: 'shop-floor tablet' },
        metadata: metadata(),
      },
    });
  });

  it('names every bad field, and never accepts the secret itself', () => {
    const result = parseIssueCredential(target, { credentialId: 'tablet 1', role: 'admin', secretHash: 'hunter2', label: '', secret: 'hunter2' }, metadata());
    expect(fieldsOf(result)).toEqual(['credentialId', 'role', 'secretHash', 'label', 'secret']);
    expect(result.ok ? undefined : result.errors.find((error) => error.field === 'secretHash')?.rule).toBe('must be the SHA-256 of the secret as 64 hex characters');
  });

  it('refuses a hash one character short or with a non-hex character', () => {
    expect(fieldsOf(parseIssueCredential(target, { credentialId: 't', role: 'workshop', secretHash: 'a'.repeat(63), label: 'x' }, metadata()))).toEqual(['secretHash']);
    expect(fieldsOf(parseIssueCredential(target, { credentialId: 't', role: 'workshop', secretHash: `${'a'.repeat(63)}g`, label: 'x' }, metadata()))).toEqual(['secretHash']);
  });
});

describe('parseRevokeCredential', () => {
  it('accepts a credential id', () => {
    expect(parseRevokeCredential(target, { credentialId: 'tablet-1' }, metadata(okada))).toEqual({
      ok: true,
      command: { type: 'RevokeCredential', data: { companyId: 'okada', credentialId: 'tablet-1' }, metadata: metadata(okada) },
    });
  });

  it('names every bad field', () => {
    expect(fieldsOf(parseRevokeCredential({ companyId: '' }, { credentialId: 7, reason: 'lost' }, metadata(okada)))).toEqual(['companyId', 'credentialId', 'reason']);
  });
});
