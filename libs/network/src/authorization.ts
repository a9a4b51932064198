import type { NetworkActor } from './command-metadata';
import type { Company, RegisteredCompany } from './company-state';
import { NetworkError } from './field-error';

// Authorization is checked before the stream's state, so an outsider learns nothing about whether a company exists.

export function requireCoordinator(actor: NetworkActor, action: string): void {
  if (actor.role !== 'coordinator') {
    throw new NetworkError('NETWORK.NOT_ALLOWED', `only a coordinator may ${action}; ${actor.companyId} acts as ${actor.role}`);
  }
}

export function requireSelfOrCoordinator(actor: NetworkActor, companyId: string, action: string): void {
  if (actor.role !== 'coordinator' && actor.companyId !== companyId) {
    throw new NetworkError('NETWORK.NOT_ALLOWED', `only company ${companyId} itself or a coordinator may ${action}; ${actor.companyId} acts as ${actor.role}`);
  }
}

export function requireRegistered(state: Company, companyId: string): RegisteredCompany {
  if (state.status !== 'Registered') {
    throw new NetworkError('NETWORK.NOT_REGISTERED', `company ${companyId} is not registered in the network`);
  }
  return state;
}
