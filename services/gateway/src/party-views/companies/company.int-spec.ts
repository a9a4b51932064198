import { testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { companyStream } from '../party-view-events.fixtures';
import { openTestReadModels, type TestReadModels } from '../party-view-database.fixtures';
import { loadCompanyProfile } from './company.query';

describe('company profiles (real PostgreSQL)', () => {
  let db: TestReadModels;
  const okada = companyStream('ws-okada');
  const secretHash = 'f'.repeat(64);
  const now = new Date('2026-08-01T00:00:00.000Z');
  const load = (companyId: string, at = now) => loadCompanyProfile(db.pool, db.schemaName, companyId, at);

  beforeAll(async () => {
    db = await openTestReadModels(testDatabaseUrl(), uniqueSchemaName('rm_companies'));
    const events = [
      okada.registered(),
      okada.capabilities([{ process: 'milling', materials: ['SUS304', 'A5052'], maxSizeMm: { x: 600, y: 400, z: 300 } }]),
      okada.statusWords(),
      okada.credentialIssued('okada-main', secretHash),
      okada.integratorGranted('erp-link'),
      okada.certificationGranted('jisq9100', 'JIS Q 9100', '2026-01-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z'),
      okada.certificationGranted('iso9001', 'ISO 9001', '2026-01-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z'),
      okada.certificationRevoked('iso9001', '2026-06-01T00:00:00.000Z'),
      okada.certificationGranted('iso14001', 'ISO 14001', '2025-01-15T00:00:00.000Z', '2026-01-15T00:00:00.000Z'),
      okada.joined('kanto-aero'),
      okada.joined('tokai-metal'),
      okada.left('tokai-metal'),
    ];
    await db.apply(events);
    await db.apply(events.slice(3)); // redelivered: changes nothing
  });
  afterAll(async () => {
    await db.close();
  });

  it('shows name, roles, capabilities, consortia and only the certifications valid at the moment asked', async () => {
    expect(await load('ws-okada')).toEqual({
      companyId: 'ws-okada',
      legalName: 'Okada Machining K.K.',
      roles: ['workshop'],
      capabilities: [{ process: 'milling', materials: ['SUS304', 'A5052'], maxSizeMm: { x: 600, y: 400, z: 300 } }],
      // ISO 9001 was revoked, ISO 14001 expired: neither shows, nor does any history.
      certifications: [{ name: 'JIS Q 9100', kind: 'standard', scopeProcess: 'milling', validUntil: '2027-01-15T00:00:00.000Z' }],
      consortia: ['kanto-aero'],
    });
    expect((await load('ws-okada', new Date('2026-03-01T00:00:00.000Z')))?.certifications.map((certification) => certification.name)).toEqual(['ISO 9001', 'JIS Q 9100']);
    expect((await load('ws-okada', new Date('2027-02-01T00:00:00.000Z')))?.certifications).toEqual([]);
  });

  it('an unknown company is null', async () => {
    expect(await load('ws-nobody')).toBeNull();
  });

  it('contact details, status words, credentials and integrator grants are not even stored', async () => {
    const stored = await db.dump('company_profiles');
    expect(stored).toContain('ws-okada');
    for (const secret of [secretHash, 'office@okada.example', '加工中', 'erp-link', 'okada-main', 'Asia/Tokyo']) expect(stored).not.toContain(secret);
  });
});
