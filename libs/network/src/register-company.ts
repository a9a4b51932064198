import type { CompanyRegisteredV1 } from '@renkei/contracts';
import { requireCoordinator } from './authorization';
import type { NetworkCommandMetadata } from './command-metadata';
import type { Company } from './company-state';
import { NetworkError } from './field-error';

export interface RegisterCompany {
  readonly type: 'RegisterCompany';
  readonly data: Omit<CompanyRegisteredV1, 'registeredBy' | 'registeredAt'>;
  readonly metadata: NetworkCommandMetadata;
}

export interface CompanyRegistered {
  readonly type: 'CompanyRegistered';
  readonly data: CompanyRegisteredV1;
}

export function decideRegisterCompany(command: RegisterCompany, state: Company): [CompanyRegistered] {
  const { data, metadata } = command;
  requireCoordinator(metadata.actor, 'register a company');
  if (state.status !== 'Unregistered') {
    throw new NetworkError('NETWORK.ALREADY_REGISTERED', `company ${data.companyId} is already registered`);
  }
  return [{ type: 'CompanyRegistered', data: { ...data, registeredBy: metadata.actor.companyId, registeredAt: metadata.now.toISOString() } }];
}
