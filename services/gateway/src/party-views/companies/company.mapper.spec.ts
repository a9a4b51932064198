import { toCompanyModel } from './company.mapper';

describe('company profile as GraphQL objects', () => {
  it('shows the legal name as name and validity as a timestamp, and only the fields picked by name', () => {
    const profile = {
      companyId: 'ws-okada',
      legalName: 'Okada Machining K.K.',
      roles: ['workshop'],
      capabilities: [{ process: 'milling' as const, materials: ['SUS304'], maxSizeMm: null }],
      certifications: [{ name: 'JIS Q 9100', kind: 'standard' as const, scopeProcess: 'milling' as const, validUntil: '2028-01-15T00:00:00.000Z' }],
      consortia: ['kanto-aero'],
      // A field a later change might add to the query must not reach the client by itself.
      contactEmail: 'office@okada.example',
    };
    const model = toCompanyModel(profile);
    expect(model).toEqual({
      companyId: 'ws-okada',
      name: 'Okada Machining K.K.',
      roles: ['workshop'],
      capabilities: [{ process: 'milling', materials: ['SUS304'], maxSizeMm: null }],
      certifications: [{ name: 'JIS Q 9100', kind: 'standard', scopeProcess: 'milling', validUntil: new Date('2028-01-15T00:00:00.000Z') }],
      consortia: ['kanto-aero'],
    });
  });
});
