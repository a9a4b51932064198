import type { JoinedConsortiumV1, LeftConsortiumV1 } from '@renkei/contracts';
import { requireRegistered, requireSelfOrCoordinator } from './authorization';
import type { NetworkCommandMetadata } from './command-metadata';
import type { Company } from './company-state';
import { NetworkError } from './field-error';

export interface JoinConsortium {
  readonly type: 'JoinConsortium';
  readonly data: { readonly companyId: string; readonly consortiumId: string };
  readonly metadata: NetworkCommandMetadata;
}

export interface LeaveConsortium {
  readonly type: 'LeaveConsortium';
  readonly data: { readonly companyId: string; readonly consortiumId: string };
  readonly metadata: NetworkCommandMetadata;
}

export interface JoinedConsortium {
  readonly type: 'JoinedConsortium';
  readonly data: JoinedConsortiumV1;
}

export interface LeftConsortium {
  readonly type: 'LeftConsortium';
  readonly data: LeftConsortiumV1;
}

export function decideJoinConsortium(command: JoinConsortium, state: Company): [JoinedConsortium] {
  const { data, metadata } = command;
  requireSelfOrCoordinator(metadata.actor, data.companyId, 'join a consortium');
  const company = requireRegistered(state, data.companyId);
  if (company.consortia.includes(data.consortiumId)) {
    throw new NetworkError('NETWORK.ALREADY_MEMBER', `company ${company.companyId} is already a member of consortium ${data.consortiumId}`);
  }
  return [{ type: 'JoinedConsortium', data: { ...data, joinedBy: metadata.actor.companyId, joinedAt: metadata.now.toISOString() } }];
}

export function decideLeaveConsortium(command: LeaveConsortium, state: Company): [LeftConsortium] {
  const { data, metadata } = command;
  requireSelfOrCoordinator(metadata.actor, data.companyId, 'leave a consortium');
  const company = requireRegistered(state, data.companyId);
  if (!company.consortia.includes(data.consortiumId)) {
    throw new NetworkError('NETWORK.NOT_A_MEMBER', `company ${company.companyId} is not a member of consortium ${data.consortiumId}`);
  }
  return [{ type: 'LeftConsortium', data: { ...data, leftBy: metadata.actor.companyId, leftAt: metadata.now.toISOString() } }];
}
