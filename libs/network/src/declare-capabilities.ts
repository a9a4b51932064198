import type { CapabilitiesDeclaredV1 } from '@renkei/contracts';
import { requireRegistered, requireSelfOrCoordinator } from './authorization';
import type { NetworkCommandMetadata } from './command-metadata';
import type { Company } from './company-state';
import { NetworkError } from './field-error';

export interface DeclareCapabilities {
  readonly type: 'DeclareCapabilities';
  /** The full list: it replaces whatever was declared before (an empty list withdraws all). */
  readonly data: Omit<CapabilitiesDeclaredV1, 'declaredBy' | 'declaredAt'>;
  readonly metadata: NetworkCommandMetadata;
}

export interface CapabilitiesDeclared {
  readonly type: 'CapabilitiesDeclared';
  readonly data: CapabilitiesDeclaredV1;
}

export function decideDeclareCapabilities(command: DeclareCapabilities, state: Company): [CapabilitiesDeclared] {
  const { data, metadata } = command;
  requireSelfOrCoordinator(metadata.actor, data.companyId, 'declare its capabilities');
  const company = requireRegistered(state, data.companyId);
  if (!company.roles.includes('workshop')) {
    throw new NetworkError('NETWORK.ROLE_NOT_HELD', `only a workshop declares capabilities; ${company.companyId} holds ${company.roles.join(', ')}`);
  }
  return [{ type: 'CapabilitiesDeclared', data: { ...data, declaredBy: metadata.actor.companyId, declaredAt: metadata.now.toISOString() } }];
}
