import {
  NETWORK_EVENT_SCHEMAS,
  NETWORK_EVENT_SCHEMA_VERSIONS,
  type CapabilitiesDeclaredV1,
  type CertificationGrantedV1,
  type CertificationRenewedV1,
  type CertificationRevokedV1,
  type CompanyRegisteredV1,
  type CredentialIssuedV1,
  type CredentialRevokedV1,
  type IntegratorAccessGrantedV1,
  type IntegratorAccessRevokedV1,
  type JoinedConsortiumV1,
  type LeftConsortiumV1,
  type PhoneLinkIssuedV1,
  type PhoneLinkRevokedV1,
  type StatusWordsDeclaredV1,
} from '@renkei/contracts';
import { schemaViolations } from '@renkei/testing';
import { decide, evolve } from './company';
import { initialCompany } from './company-state';
import type { NetworkCommand, NetworkEvent } from './network-messages';
import { coordinator, grantMetadata, metadata, okada } from './network-test-fixtures';

// Type-level: each domain event carries exactly its contract's data, and the schema map covers exactly the event union.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type DataOf<T extends NetworkEvent['type']> = Extract<NetworkEvent, { type: T }>['data'];
const contractsMatch = {
  CompanyRegistered: true,
  CapabilitiesDeclared: true,
  StatusWordsDeclared: true,
  CertificationGranted: true,
  CertificationRenewed: true,
  CertificationRevoked: true,
  JoinedConsortium: true,
  LeftConsortium: true,
  CredentialIssued: true,
  CredentialRevoked: true,
  IntegratorAccessGranted: true,
  IntegratorAccessRevoked: true,
  PhoneLinkIssued: true,
  PhoneLinkRevoked: true,
} as const satisfies {
  CompanyRegistered: Equal<DataOf<'CompanyRegistered'>, CompanyRegisteredV1>;
  CapabilitiesDeclared: Equal<DataOf<'CapabilitiesDeclared'>, CapabilitiesDeclaredV1>;
  StatusWordsDeclared: Equal<DataOf<'StatusWordsDeclared'>, StatusWordsDeclaredV1>;
  CertificationGranted: Equal<DataOf<'CertificationGranted'>, CertificationGrantedV1>;
  CertificationRenewed: Equal<DataOf<'CertificationRenewed'>, CertificationRenewedV1>;
  CertificationRevoked: Equal<DataOf<'CertificationRevoked'>, CertificationRevokedV1>;
  JoinedConsortium: Equal<DataOf<'JoinedConsortium'>, JoinedConsortiumV1>;
  LeftConsortium: Equal<DataOf<'LeftConsortium'>, LeftConsortiumV1>;
  CredentialIssued: Equal<DataOf<'CredentialIssued'>, CredentialIssuedV1>;
  CredentialRevoked: Equal<DataOf<'CredentialRevoked'>, CredentialRevokedV1>;
  IntegratorAccessGranted: Equal<DataOf<'IntegratorAccessGranted'>, IntegratorAccessGrantedV1>;
  IntegratorAccessRevoked: Equal<DataOf<'IntegratorAccessRevoked'>, IntegratorAccessRevokedV1>;
  PhoneLinkIssued: Equal<DataOf<'PhoneLinkIssued'>, PhoneLinkIssuedV1>;
  PhoneLinkRevoked: Equal<DataOf<'PhoneLinkRevoked'>, PhoneLinkRevokedV1>;
};
const schemaMapCoversEveryEvent: Equal<keyof typeof NETWORK_EVENT_SCHEMAS, NetworkEvent['type']> = true;

// Runtime: drive the decider through every command once and check what it emits against the JSON Schemas.
const target = { companyId: 'okada' };
const script: NetworkCommand[] = [
  {
    type: 'RegisterCompany',
    data: { ...target, legalName: 'Okada Seisakusho', roles: ['workshop'], timeZone: 'Asia/Tokyo', contactEmail: 'office@okada.example' },
    metadata: metadata(),
  },
  { type: 'DeclareCapabilities', data: { ...target, capabilities: [{ process: 'milling', materials: ['A5052'], maxSizeMm: null }] }, metadata: metadata() },
  { type: 'DeclareStatusWords', data: { ...target, words: [{ word: '加工中', status: 'in_progress' }] }, metadata: metadata() },
  { type: 'GrantCertification', data: { ...target, certificationId: 'c1', kind: 'standard', name: 'JIS Q 9100', scopeProcess: 'milling' }, metadata: metadata() },
  { type: 'RenewCertification', data: { ...target, certificationId: 'c1' }, metadata: metadata() },
  { type: 'RevokeCertification', data: { ...target, certificationId: 'c1' }, metadata: metadata() },
  { type: 'JoinConsortium', data: { ...target, consortiumId: 'kanto-aero' }, metadata: metadata() },
  { type: 'LeaveConsortium', data: { ...target, consortiumId: 'kanto-aero' }, metadata: metadata() },
  { type: 'IssueCredential', data: { ...target, credentialId: 't1', role: 'workshop', secretHash: 'b'.repeat(64), label: 'tablet' }, metadata: metadata(coordinator) },
  { type: 'RevokeCredential', data: { ...target, credentialId: 't1' }, metadata: metadata() },
  { type: 'GrantIntegratorAccess', data: { ...target, integratorId: 'erp-bridge', scopes: ['orders', 'bom'] }, metadata: grantMetadata(okada) },
  { type: 'RevokeIntegratorAccess', data: { ...target, integratorId: 'erp-bridge' }, metadata: metadata(okada) },
  { type: 'IssuePhoneLink', data: { ...target, linkId: 'line-2-phone', label: 'line 2 phone', expiresAt: null }, metadata: metadata(coordinator) },
  { type: 'RevokePhoneLink', data: { ...target, linkId: 'line-2-phone' }, metadata: metadata(okada) },
];
const emitted: NetworkEvent[] = [];
script.reduce((state, command) => {
  const events = decide(command, state);
  emitted.push(...events);
  return events.reduce(evolve, state);
}, initialCompany);

describe('network events against their v1 contracts', () => {
  it('match at the type level', () => {
    expect(Object.values(contractsMatch).every(Boolean) && schemaMapCoversEveryEvent).toBe(true);
  });

  it('emits every event type once, each with a schema version', () => {
    expect(emitted.map((event) => event.type).sort()).toEqual(Object.keys(NETWORK_EVENT_SCHEMAS).sort());
    expect(Object.values(NETWORK_EVENT_SCHEMA_VERSIONS).every((version) => version === 1)).toBe(true);
  });

  it.each(emitted.map((event) => [event.type, event] as const))('%s carries exactly the required fields, JSON-safe', (type, event) => {
    const schema = NETWORK_EVENT_SCHEMAS[type];
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(event.data).sort()).toEqual([...schema.required].sort());
    expect(Object.keys(schema.properties).sort()).toEqual([...schema.required].sort());
    expect(JSON.parse(JSON.stringify(event.data))).toEqual(event.data);
  });

  it.each(emitted.map((event) => [event.type, event] as const))('%s fits its JSON Schema', (type, event) => {
    expect(schemaViolations(NETWORK_EVENT_SCHEMAS[type], event.data)).toEqual([]);
  });

  it('writes every timestamp field as an ISO string, and every id against its pattern', () => {
    for (const event of emitted) {
      const properties = new Map<string, object>(Object.entries(NETWORK_EVENT_SCHEMAS[event.type].properties));
      for (const [field, value] of Object.entries(event.data)) {
        const property = properties.get(field) ?? {};
        if ('format' in property && property.format === 'date-time') expect(new Date(value as string).toISOString()).toBe(value);
        if ('pattern' in property && typeof property.pattern === 'string') expect(value).toMatch(new RegExp(property.pattern));
      }
    }
  });
});
