import type { NetworkIntegratorScope } from '@renkei/contracts';
import { deciderSpecification } from '@renkei/testing';
import { decide, evolve } from './company';
import { initialCompany } from './company-state';
import { currentIntegratorGrants, type GrantIntegratorAccess, type IntegratorAccessRevoked, type RevokeIntegratorAccess } from './integrator-access';
import type { NetworkEvent } from './network-messages';
import { companyRegistered, coordinator, erpBridge, grantMetadata, integratorAccessGranted, metadata, now, okada, stranger } from './network-test-fixtures';

const spec = deciderSpecification({ decide, evolve, initialState: initialCompany });

const grant = (scopes: string[] = ['orders'], meta = grantMetadata(), integratorId = erpBridge): GrantIntegratorAccess => ({
  type: 'GrantIntegratorAccess',
  data: { companyId: 'okada', integratorId, scopes: scopes as NetworkIntegratorScope[] },
  metadata: meta,
});
const revoke = (actor = okada, integratorId = erpBridge): RevokeIntegratorAccess => ({
  type: 'RevokeIntegratorAccess',
  data: { companyId: 'okada', integratorId },
  metadata: metadata(actor),
});
const revoked = (): IntegratorAccessRevoked => ({
  type: 'IntegratorAccessRevoked',
  data: { companyId: 'okada', integratorId: erpBridge, revokedBy: 'okada', revokedAt: now.toISOString() },
});
const recordedNow = (scopes: NetworkIntegratorScope[]) => ({ ...integratorAccessGranted(scopes), data: { ...integratorAccessGranted(scopes).data, grantedAt: now.toISOString() } });
const fieldErrorsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { fieldErrors?: unknown }).fieldErrors;
  }
  throw new Error('expected a refusal');
};
const grantsAfter = (events: NetworkEvent[]) => currentIntegratorGrants(events.reduce(evolve, initialCompany));

describe('company: GrantIntegratorAccess', () => {
  it('records the grant of the company itself, its scopes in the vocabulary’s order', () => {
    spec
      .given([companyRegistered()])
      .when(grant(['work', 'orders']))
      .then([
        {
          type: 'IntegratorAccessGranted',
          data: { companyId: 'okada', integratorId: erpBridge, scopes: ['orders', 'work'], grantedBy: 'okada', grantedAt: now.toISOString() },
        },
      ]);
  });

  it('lets a lead grant access to its own data too', () => {
    spec.given([companyRegistered(['lead'])]).when(grant(['orders', 'bom'], grantMetadata({ companyId: 'okada', role: 'lead' }))).then([recordedNow(['orders', 'bom'])]);
  });

  it('refuses another company, a coordinator, and the company itself acting as integrator: the data is the company’s own', () => {
    for (const actor of [stranger, coordinator, { companyId: 'okada', role: 'integrator' as const }]) {
      spec.given([companyRegistered(['workshop', 'integrator'])]).when(grant(['orders'], grantMetadata(actor))).thenThrows('NETWORK.NOT_ALLOWED');
    }
    expect(() => decide(grant(['orders'], grantMetadata(coordinator)), initialCompany)).toThrow(/only company okada itself, acting as lead or workshop, may grant/);
  });

  it('refuses a grantor that is not registered, or registered in neither the lead nor the workshop role', () => {
    spec.given([]).when(grant()).thenThrows('NETWORK.NOT_REGISTERED');
    spec.given([companyRegistered(['coordinator'])]).when(grant()).thenThrows('NETWORK.ROLE_NOT_HELD');
  });

  it('refuses an integrator that is not registered, or registered without the role integrator, naming the field', () => {
    const expected = [{ field: 'integratorId', rule: 'must name a registered company holding the role integrator', allowed: 'the company id of an integrator, e.g. erp-bridge' }];
    for (const roles of [null, ['workshop' as const]]) {
      spec.given([companyRegistered()]).when(grant(['orders'], grantMetadata(okada, roles))).thenThrows('NETWORK.UNKNOWN_INTEGRATOR');
      expect(fieldErrorsOf(() => decide(grant(['orders'], grantMetadata(okada, roles)), [companyRegistered()].reduce(evolve, initialCompany)))).toEqual(expected);
    }
  });

  it('refuses a grant to the company itself', () => {
    spec.given([companyRegistered(['workshop', 'integrator'])]).when(grant(['orders'], grantMetadata(), 'okada')).thenThrows('NETWORK.SELF_GRANT');
  });

  it('refuses quotes, unknown, repeated or no scopes, naming each bad entry and the allowed scopes', () => {
    const state = [companyRegistered()].reduce(evolve, initialCompany);
    spec.given([companyRegistered()]).when(grant(['orders', 'quotes'])).thenThrows('NETWORK.INVALID_INPUT');
    expect(fieldErrorsOf(() => decide(grant(['orders', 'quotes', 'orders']), state))).toEqual([
      { field: 'scopes[1]', rule: 'must be a grantable scope; quotes and prices are never granted', allowed: 'orders, bom, work' },
      { field: 'scopes[2]', rule: 'repeats the scope orders', allowed: 'each scope once' },
    ]);
    expect(fieldErrorsOf(() => decide(grant([]), state))).toEqual([{ field: 'scopes', rule: 'must be a non-empty list of scopes', allowed: 'orders, bom, work' }]);
  });

  it('records nothing when the same scopes are granted again, in whatever order', () => {
    spec.given([companyRegistered(), integratorAccessGranted(['orders', 'bom'])]).when(grant(['bom', 'orders'])).then([]);
  });

  it('records a new grant with other scopes, which replaces the old one', () => {
    spec.given([companyRegistered(), integratorAccessGranted(['orders', 'bom'])]).when(grant(['work'])).then([recordedNow(['work'])]);
    expect(grantsAfter([companyRegistered(), integratorAccessGranted(['orders', 'bom']), integratorAccessGranted(['work'])])).toEqual([
      { integratorId: erpBridge, scopes: ['work'], grantedBy: 'okada', grantedAt: '2026-03-01T00:00:00.000Z', revokedAt: null },
    ]);
  });

  it('grants again after a revocation', () => {
    spec.given([companyRegistered(), integratorAccessGranted(['orders']), revoked()]).when(grant(['orders'])).then([recordedNow(['orders'])]);
  });
});

describe('company: RevokeIntegratorAccess', () => {
  it('lets the company itself revoke a grant in force; the integrator then has no current grant', () => {
    spec.given([companyRegistered(), integratorAccessGranted()]).when(revoke()).then([revoked()]);
    expect(grantsAfter([companyRegistered(), integratorAccessGranted(), revoked()])).toEqual([]);
  });

  it('refuses another company and a coordinator', () => {
    for (const actor of [stranger, coordinator]) spec.given([companyRegistered(), integratorAccessGranted()]).when(revoke(actor)).thenThrows('NETWORK.NOT_ALLOWED');
  });

  it('refuses a grant that does not exist, listing the grants in force', () => {
    spec.given([companyRegistered()]).when(revoke()).thenThrows('NETWORK.UNKNOWN_GRANT');
    const state = [companyRegistered(), integratorAccessGranted(['bom'], 'mes-vendor')].reduce(evolve, initialCompany);
    expect(fieldErrorsOf(() => decide(revoke(), state))).toEqual([{ field: 'integratorId', rule: 'must name an integrator the company granted access to', allowed: 'mes-vendor' }]);
  });

  it('refuses to revoke twice', () => {
    spec.given([companyRegistered(), integratorAccessGranted(), revoked()]).when(revoke()).thenThrows('NETWORK.ALREADY_REVOKED');
  });

  it('refuses on a company that is not registered', () => {
    spec.given([]).when(revoke()).thenThrows('NETWORK.NOT_REGISTERED');
  });
});

describe('currentIntegratorGrants', () => {
  it('keeps each integrator’s grant apart', () => {
    const events = [companyRegistered(), integratorAccessGranted(['orders']), integratorAccessGranted(['bom', 'work'], 'mes-vendor'), revoked()];
    expect(grantsAfter(events).map(({ integratorId, scopes }) => ({ integratorId, scopes }))).toEqual([{ integratorId: 'mes-vendor', scopes: ['bom', 'work'] }]);
  });

  it('is empty for an unregistered company', () => {
    expect(currentIntegratorGrants(initialCompany)).toEqual([]);
  });
});
