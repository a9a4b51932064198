import type { EventEnvelope } from '@renkei/contracts';
import { companyStream } from '../party-view-events.fixtures';
import { evolveCompanyProfileRow, type CompanyProfileRow } from './company-profile-row';

const fold = (events: EventEnvelope[]) => events.reduce<CompanyProfileRow | null>(evolveCompanyProfileRow, null);
const milling = { process: 'milling', materials: ['SUS304', 'A5052'], maxSizeMm: { x: 600, y: 400, z: 300 } };

describe('company profile projection', () => {
  it('a registered company shows its name and roles, and nothing of its contact details', () => {
    const row = fold([companyStream('ws-okada').registered()]);
    expect(row).toEqual({
      companyId: 'ws-okada',
      legalName: 'Okada Machining K.K.',
      roles: ['workshop'],
      capabilities: [],
      certifications: [],
      consortia: [],
      registeredAt: '2026-01-10T00:00:00.000Z',
      updatedAt: expect.any(String),
      lastRevision: 0,
    });
    expect(JSON.stringify(row)).not.toContain('office@okada.example');
  });

  it('a new declaration of capabilities replaces the old one', () => {
    const company = companyStream('ws-okada');
    const row = fold([company.registered(), company.capabilities([{ process: 'turning', materials: ['S45C'], maxSizeMm: null }]), company.capabilities([milling])]);
    expect(row?.capabilities).toEqual([milling]);
  });

  it('follows certifications through the network context’s rules: a renewal before expiry continues the period, a revocation is kept', () => {
    const company = companyStream('ws-okada');
    const row = fold([
      company.registered(),
      company.certificationGranted('jisq9100', 'JIS Q 9100', '2026-01-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z'),
      company.certificationRenewed('jisq9100', '2027-01-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z', '2028-01-15T00:00:00.000Z'),
      company.certificationGranted('iso9001', 'ISO 9001', '2026-01-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z'),
      company.certificationRevoked('iso9001', '2026-06-01T00:00:00.000Z'),
    ]);
    expect(row?.certifications).toEqual([
      {
        certificationId: 'jisq9100',
        kind: 'standard',
        name: 'JIS Q 9100',
        scopeProcess: 'milling',
        grantedAt: '2026-01-15T00:00:00.000Z',
        validUntil: '2028-01-15T00:00:00.000Z',
        periods: [{ validFrom: '2026-01-15T00:00:00.000Z', validUntil: '2028-01-15T00:00:00.000Z' }],
        revokedAt: null,
      },
      expect.objectContaining({ certificationId: 'iso9001', revokedAt: '2026-06-01T00:00:00.000Z' }),
    ]);
  });

  it('joins and leaves consortia', () => {
    const company = companyStream('ws-okada');
    expect(fold([company.registered(), company.joined('kanto-aero'), company.joined('tokai-metal')])?.consortia).toEqual(['kanto-aero', 'tokai-metal']);
    const again = companyStream('ws-mori');
    expect(fold([again.registered(), again.joined('kanto-aero'), again.left('kanto-aero')])?.consortia).toEqual([]);
  });

  it('never takes status words, credentials or integrator grants: the row stays as it was', () => {
    const company = companyStream('ws-okada');
    const registered = fold([company.registered()]);
    const secretHash = 'a'.repeat(64);
    const after = [company.statusWords(), company.credentialIssued('okada-main', secretHash), company.integratorGranted('erp-link')].reduce(evolveCompanyProfileRow, registered);
    expect(after).toBe(registered);
    expect(JSON.stringify(after)).not.toMatch(new RegExp(`${secretHash}|加工中|erp-link`));
  });

  it('ignores a revision it has already applied, and anything before registration', () => {
    const company = companyStream('ws-okada');
    const registered = company.registered();
    const joined = company.joined('kanto-aero');
    const once = fold([registered, joined]);
    expect(evolveCompanyProfileRow(once, joined)).toBe(once);
    expect(evolveCompanyProfileRow(once, registered)).toBe(once);
    expect(evolveCompanyProfileRow(null, companyStream('ws-x').joined('kanto-aero'))).toBeNull();
  });
});
