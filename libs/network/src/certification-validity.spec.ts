import type { CertificationRenewed, CertificationRevoked } from './certification-commands';
import { validCertificationsAt } from './certification-validity';
import { evolve } from './company';
import { initialCompany } from './company-state';
import { certificationGranted, companyRegistered } from './network-test-fixtures';
import type { NetworkEvent } from './network-messages';

const stateOf = (events: NetworkEvent[]) => events.reduce(evolve, initialCompany);
const validIdsAt = (events: NetworkEvent[], at: string) => validCertificationsAt(stateOf(events), new Date(at)).map((c) => c.certificationId);

const granted = certificationGranted('2026-01-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z');
const renewedAfterLapse: CertificationRenewed = {
  type: 'CertificationRenewed',
  data: {
    companyId: 'okada',
    certificationId: 'jisq9100',
    previousValidUntil: '2027-01-15T00:00:00.000Z',
    validFrom: '2027-03-01T00:00:00.000Z',
    validUntil: '2028-03-01T00:00:00.000Z',
    capped: false,
    renewedBy: 'kanto-office',
    renewedAt: '2027-03-01T00:00:00.000Z',
  },
};
const revoked: CertificationRevoked = {
  type: 'CertificationRevoked',
  data: { companyId: 'okada', certificationId: 'jisq9100', revokedBy: 'kanto-office', revokedAt: '2026-06-01T00:00:00.000Z' },
};

describe('validCertificationsAt', () => {
  it('treats a validity period as half-open: valid from validFrom, no longer at validUntil', () => {
    const history = [companyRegistered(), granted];
    expect(validIdsAt(history, '2026-01-14T23:59:59.999Z')).toEqual([]);
    expect(validIdsAt(history, '2026-01-15T00:00:00.000Z')).toEqual(['jisq9100']);
    expect(validIdsAt(history, '2027-01-14T23:59:59.999Z')).toEqual(['jisq9100']);
    expect(validIdsAt(history, '2027-01-15T00:00:00.000Z')).toEqual([]);
  });

  it('expires by time alone: no event is needed for a lapse', () => {
    expect(validIdsAt([companyRegistered(), granted], '2030-01-01T00:00:00.000Z')).toEqual([]);
  });

  it('keeps the gap between a lapse and a late renewal invalid', () => {
    const history = [companyRegistered(), granted, renewedAfterLapse];
    expect(validIdsAt(history, '2027-02-01T00:00:00.000Z')).toEqual([]);
    expect(validIdsAt(history, '2027-06-01T00:00:00.000Z')).toEqual(['jisq9100']);
  });

  it('drops a revoked certification from its revocation on, but not from the past it was valid in', () => {
    const history = [companyRegistered(), granted, revoked];
    expect(validIdsAt(history, '2026-05-31T00:00:00.000Z')).toEqual(['jisq9100']);
    expect(validIdsAt(history, '2026-06-01T00:00:00.000Z')).toEqual([]);
  });

  it('knows no certification of an unregistered company', () => {
    expect(validCertificationsAt(initialCompany, new Date('2026-06-01T00:00:00Z'))).toEqual([]);
  });

  it('keeps each certification’s periods and history of changes', () => {
    const state = stateOf([companyRegistered(), granted, renewedAfterLapse, { ...revoked, data: { ...revoked.data, revokedAt: '2027-06-01T00:00:00.000Z' } }]);
    expect(state.status === 'Registered' && state.certifications.get('jisq9100')).toEqual({
      certificationId: 'jisq9100',
      kind: 'standard',
      name: 'JIS Q 9100',
      scopeProcess: 'machining',
      grantedAt: '2026-01-15T00:00:00.000Z',
      validUntil: '2028-03-01T00:00:00.000Z',
      periods: [
        { validFrom: '2026-01-15T00:00:00.000Z', validUntil: '2027-01-15T00:00:00.000Z' },
        { validFrom: '2027-03-01T00:00:00.000Z', validUntil: '2028-03-01T00:00:00.000Z' },
      ],
      revokedAt: '2027-06-01T00:00:00.000Z',
      history: [
        { change: 'granted', at: '2026-01-15T00:00:00.000Z', by: 'kanto-office' },
        { change: 'renewed', at: '2027-03-01T00:00:00.000Z', by: 'kanto-office' },
        { change: 'revoked', at: '2027-06-01T00:00:00.000Z', by: 'kanto-office' },
      ],
    });
  });

  it('merges a renewal before expiry into one continuous period', () => {
    const continued: CertificationRenewed = {
      ...renewedAfterLapse,
      data: { ...renewedAfterLapse.data, validFrom: '2027-01-15T00:00:00.000Z', validUntil: '2028-01-15T00:00:00.000Z', renewedAt: '2026-12-01T00:00:00.000Z' },
    };
    const state = stateOf([companyRegistered(), granted, continued]);
    expect(state.status === 'Registered' && state.certifications.get('jisq9100')?.periods).toEqual([
      { validFrom: '2026-01-15T00:00:00.000Z', validUntil: '2028-01-15T00:00:00.000Z' },
    ]);
  });
});
