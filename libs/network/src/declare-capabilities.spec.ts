import type { NetworkCapabilityV1 } from '@renkei/contracts';
import { deciderSpecification } from '@renkei/testing';
import { decide, evolve } from './company';
import { initialCompany } from './company-state';
import type { CapabilitiesDeclared, DeclareCapabilities } from './declare-capabilities';
import { companyRegistered, coordinator, metadata, now, okada, stranger } from './network-test-fixtures';

const spec = deciderSpecification({ decide, evolve, initialState: initialCompany });

const milling: NetworkCapabilityV1 = { process: 'milling', materials: ['SUS304', 'A5052'], maxSizeMm: { x: 600, y: 400, z: 300 } };
const plating: NetworkCapabilityV1 = { process: 'plating', materials: ['SPCC'], maxSizeMm: null };

const declare = (capabilities: NetworkCapabilityV1[], actor = okada): DeclareCapabilities => ({
  type: 'DeclareCapabilities',
  data: { companyId: 'okada', capabilities },
  metadata: metadata(actor),
});
const declared = (capabilities: NetworkCapabilityV1[], declaredBy = 'okada'): CapabilitiesDeclared => ({
  type: 'CapabilitiesDeclared',
  data: { companyId: 'okada', capabilities, declaredBy, declaredAt: now.toISOString() },
});

describe('company: DeclareCapabilities', () => {
  it('lets the workshop itself declare what it can make', () => {
    spec.given([companyRegistered()]).when(declare([milling, plating])).then([declared([milling, plating])]);
  });

  it('lets a coordinator declare on the workshop’s behalf', () => {
    spec.given([companyRegistered()]).when(declare([milling], coordinator)).then([declared([milling], 'kanto-office')]);
  });

  it('refuses another company, naming who may', () => {
    spec.given([companyRegistered()]).when(declare([milling], stranger)).thenThrows('NETWORK.NOT_ALLOWED');
    expect(() => decide(declare([milling], stranger), evolve(initialCompany, companyRegistered()))).toThrow(/only company okada itself or a coordinator/);
  });

  it('refuses a company that is not a workshop', () => {
    spec.given([companyRegistered(['lead'])]).when(declare([milling], coordinator)).thenThrows('NETWORK.ROLE_NOT_HELD');
  });

  it('replaces the whole earlier list rather than adding to it', () => {
    const state = [companyRegistered(), declared([milling, plating]), declared([plating])].reduce(evolve, initialCompany);
    expect(state).toMatchObject({ status: 'Registered', capabilities: [plating] });
  });
});
