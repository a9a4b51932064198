import { erpBridge, grantMetadata, metadata, okada } from './network-test-fixtures';
import { parseGrantIntegratorAccess, parseRevokeIntegratorAccess } from './parse-integrator-access';

const target = { companyId: 'okada' };
const fieldsOf = (result: { ok: true } | { ok: false; errors: { field: string }[] }) => (result.ok ? [] : result.errors.map((error) => error.field));

describe('parseGrantIntegratorAccess', () => {
  it('accepts an integrator and its scopes', () => {
    expect(parseGrantIntegratorAccess(target, { integratorId: erpBridge, scopes: ['orders', 'bom'] }, grantMetadata())).toEqual({
      ok: true,
      command: { type: 'GrantIntegratorAccess', data: { companyId: 'okada', integratorId: erpBridge, scopes: ['orders', 'bom'] }, metadata: grantMetadata() },
    });
  });

  it('names every bad field, and never takes quotes as a scope', () => {
    const result = parseGrantIntegratorAccess(target, { integratorId: 'ERP Bridge', scopes: ['quotes', 'work', 'work'], prices: true }, grantMetadata());
    expect(fieldsOf(result)).toEqual(['integratorId', 'scopes[0]', 'scopes[2]', 'prices']);
    expect(result.ok ? undefined : result.errors[1]).toEqual({ field: 'scopes[0]', rule: 'must be a grantable scope; quotes and prices are never granted', allowed: 'orders, bom, work' });
  });

  it('refuses a missing or empty list of scopes, and a body that is not an object', () => {
    expect(fieldsOf(parseGrantIntegratorAccess(target, { integratorId: erpBridge, scopes: [] }, grantMetadata()))).toEqual(['scopes']);
    expect(fieldsOf(parseGrantIntegratorAccess(target, { integratorId: erpBridge, scopes: 'orders' }, grantMetadata()))).toEqual(['scopes']);
    expect(fieldsOf(parseGrantIntegratorAccess(target, null, grantMetadata()))).toEqual(['body', 'integratorId', 'scopes']);
  });
});

describe('parseRevokeIntegratorAccess', () => {
  it('accepts an integrator id', () => {
    expect(parseRevokeIntegratorAccess(target, { integratorId: erpBridge }, metadata(okada))).toEqual({
      ok: true,
      command: { type: 'RevokeIntegratorAccess', data: { companyId: 'okada', integratorId: erpBridge }, metadata: metadata(okada) },
    });
  });

  it('names every bad field', () => {
    expect(fieldsOf(parseRevokeIntegratorAccess({ companyId: 'O' }, { integratorId: 7, reason: 'contract ended' }, metadata(okada)))).toEqual(['companyId', 'integratorId', 'reason']);
  });
});
