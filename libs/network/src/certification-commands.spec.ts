import { deciderSpecification } from '@renkei/testing';
import type { CertificationRenewed, CertificationRevoked, GrantCertification, RenewCertification, RevokeCertification } from './certification-commands';
import { decide, evolve } from './company';
import { initialCompany } from './company-state';
import { certificationGranted, companyRegistered, metadata, now, okada } from './network-test-fixtures';

const spec = deciderSpecification({ decide, evolve, initialState: initialCompany });

const grant = (kind: 'standard' | 'instructor' = 'standard', actor = metadata().actor): GrantCertification => ({
  type: 'GrantCertification',
  data: { companyId: 'okada', certificationId: 'jisq9100', kind, name: 'JIS Q 9100', scopeProcess: 'machining' },
  metadata: metadata(actor),
});
const renew = (at: Date = now, actor = metadata().actor, certificationId = 'jisq9100'): RenewCertification => ({
  type: 'RenewCertification',
  data: { companyId: 'okada', certificationId },
  metadata: metadata(actor, at),
});
const revoke = (actor = metadata().actor, certificationId = 'jisq9100'): RevokeCertification => ({
  type: 'RevokeCertification',
  data: { companyId: 'okada', certificationId },
  metadata: metadata(actor),
});
const renewed = (validFrom: string, validUntil: string, previousValidUntil: string, renewedAt: string, capped = false): CertificationRenewed => ({
  type: 'CertificationRenewed',
  data: { companyId: 'okada', certificationId: 'jisq9100', previousValidUntil, validFrom, validUntil, capped, renewedBy: 'kanto-office', renewedAt },
});
const revoked: CertificationRevoked = {
  type: 'CertificationRevoked',
  data: { companyId: 'okada', certificationId: 'jisq9100', revokedBy: 'kanto-office', revokedAt: '2026-03-01T00:00:00.000Z' },
};

describe('company: GrantCertification', () => {
  it('grants a standard certification for one calendar year from now', () => {
    spec
      .given([companyRegistered()])
      .when(grant('standard'))
      .then([certificationGranted('2026-04-01T09:00:00.000Z', '2027-04-01T09:00:00.000Z')]);
  });

  it('grants an instructor certification for five calendar years from now', () => {
    spec
      .given([companyRegistered()])
      .when(grant('instructor'))
      .then([certificationGranted('2026-04-01T09:00:00.000Z', '2031-04-01T09:00:00.000Z', { kind: 'instructor' })]);
  });

  it('grants on Feb 29 until Feb 28 of the next year, never into March', () => {
    spec
      .given([companyRegistered()])
      .when({ ...grant('standard'), metadata: metadata(undefined, new Date('2028-02-29T09:00:00Z')) })
      .then([certificationGranted('2028-02-29T09:00:00.000Z', '2029-02-28T09:00:00.000Z')]);
  });

  it('refuses anyone but a coordinator, even the company itself', () => {
    spec.given([companyRegistered()]).when(grant('standard', okada)).thenThrows('NETWORK.NOT_ALLOWED');
  });

  it('refuses a second grant under the same certification id', () => {
    spec
      .given([companyRegistered(), certificationGranted('2026-01-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z')])
      .when(grant())
      .thenThrows('NETWORK.ALREADY_GRANTED');
  });
});

describe('company: RenewCertification', () => {
  const granted = certificationGranted('2026-01-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z');

  it('before expiry, extends by one year from the current end, continuing the same period', () => {
    spec
      .given([companyRegistered(), granted])
      .when(renew(new Date('2026-12-01T00:00:00Z')))
      .then([renewed('2027-01-15T00:00:00.000Z', '2028-01-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z', '2026-12-01T00:00:00.000Z')]);
  });

  it('after a lapse, extends by one year from now, leaving the gap uncovered', () => {
    spec
      .given([companyRegistered(), certificationGranted('2025-01-10T00:00:00.000Z', '2026-01-10T00:00:00.000Z')])
      .when(renew(now))
      .then([renewed(now.toISOString(), '2027-04-01T09:00:00.000Z', '2026-01-10T00:00:00.000Z', now.toISOString())]);
  });

  // Granted 2023-09-01; lapsed and renewed 2024-12-01 → 2025-12-01; one more year would pass the cap of 2026-09-01.
  const nearTheCap = [
    companyRegistered(),
    certificationGranted('2023-09-01T00:00:00.000Z', '2024-09-01T00:00:00.000Z'),
    renewed('2024-12-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z', '2024-09-01T00:00:00.000Z', '2024-12-01T00:00:00.000Z'),
  ];

  it('cuts a renewal that would pass three years from the first grant exactly at the cap', () => {
    spec
      .given(nearTheCap)
      .when(renew(new Date('2025-11-01T00:00:00Z')))
      .then([renewed('2025-12-01T00:00:00.000Z', '2026-09-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z', '2025-11-01T00:00:00.000Z', true)]);
  });

  it('refuses a renewal once the cap is reached', () => {
    const atTheCap = renewed('2025-12-01T00:00:00.000Z', '2026-09-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z', '2025-11-01T00:00:00.000Z', true);
    spec
      .given([...nearTheCap, atTheCap])
      .when(renew(new Date('2026-05-01T00:00:00Z')))
      .thenThrows('NETWORK.RENEWAL_LIMIT_REACHED');
  });

  it('refuses to revive a lapsed certification whose cap is already past', () => {
    spec
      .given([companyRegistered(), certificationGranted('2022-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z')])
      .when(renew(now))
      .thenThrows('NETWORK.RENEWAL_LIMIT_REACHED');
  });

  it('refuses to renew an instructor certification', () => {
    spec
      .given([companyRegistered(), certificationGranted('2026-01-15T00:00:00.000Z', '2031-01-15T00:00:00.000Z', { kind: 'instructor' })])
      .when(renew())
      .thenThrows('NETWORK.NOT_RENEWABLE');
  });

  it('refuses an unknown certification', () => {
    spec.given([companyRegistered(), granted]).when(renew(now, metadata().actor, 'iso9001')).thenThrows('NETWORK.UNKNOWN_CERTIFICATION');
  });

  it('refuses a revoked certification', () => {
    spec.given([companyRegistered(), granted, revoked]).when(renew()).thenThrows('NETWORK.CERTIFICATION_REVOKED');
  });

  it('refuses anyone but a coordinator', () => {
    spec.given([companyRegistered(), granted]).when(renew(now, okada)).thenThrows('NETWORK.NOT_ALLOWED');
  });
});

describe('company: RevokeCertification', () => {
  const granted = certificationGranted('2026-01-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z');

  it('revokes a granted certification', () => {
    spec
      .given([companyRegistered(), granted])
      .when(revoke())
      .then([{ type: 'CertificationRevoked', data: { companyId: 'okada', certificationId: 'jisq9100', revokedBy: 'kanto-office', revokedAt: now.toISOString() } }]);
  });

  it('refuses to revoke twice', () => {
    spec.given([companyRegistered(), granted, revoked]).when(revoke()).thenThrows('NETWORK.ALREADY_REVOKED');
  });

  it('refuses an unknown certification', () => {
    spec.given([companyRegistered(), granted]).when(revoke(metadata().actor, 'iso9001')).thenThrows('NETWORK.UNKNOWN_CERTIFICATION');
  });

  it('refuses anyone but a coordinator', () => {
    spec.given([companyRegistered(), granted]).when(revoke(okada)).thenThrows('NETWORK.NOT_ALLOWED');
  });
});
