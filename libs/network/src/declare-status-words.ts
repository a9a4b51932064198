import type { StatusWordsDeclaredV1 } from '@renkei/contracts';
import { requireRegistered, requireSelfOrCoordinator } from './authorization';
import type { NetworkCommandMetadata } from './command-metadata';
import type { Company } from './company-state';
import { NetworkError } from './field-error';
import { statusWordListErrors } from './status-word-rules';

export interface DeclareStatusWords {
  readonly type: 'DeclareStatusWords';
  /** The full list: it replaces whatever was declared before (an empty list withdraws all). */
  readonly data: Omit<StatusWordsDeclaredV1, 'declaredBy' | 'declaredAt'>;
  readonly metadata: NetworkCommandMetadata;
}

export interface StatusWordsDeclared {
  readonly type: 'StatusWordsDeclared';
  readonly data: StatusWordsDeclaredV1;
}

/** A workshop's own status words ("dialect"), mapped to canonical statuses where its progress reports arrive. */
export function decideDeclareStatusWords(command: DeclareStatusWords, state: Company): [StatusWordsDeclared] {
  const { data, metadata } = command;
  requireSelfOrCoordinator(metadata.actor, data.companyId, 'declare its status words');
  // The parser refuses these at the edge; checked again because an ambiguous list must never reach the stream.
  const problems = statusWordListErrors(data.words);
  if (problems.length > 0) {
    throw new NetworkError('NETWORK.INVALID_INPUT', `status words of ${data.companyId} cannot be declared as given`, problems);
  }
  const company = requireRegistered(state, data.companyId);
  if (!company.roles.includes('workshop')) {
    throw new NetworkError('NETWORK.ROLE_NOT_HELD', `only a workshop reports progress in its own words; ${company.companyId} holds ${company.roles.join(', ')}`);
  }
  const words = data.words.map(({ word, status }) => ({ word: word.trim(), status }));
  return [{ type: 'StatusWordsDeclared', data: { companyId: data.companyId, words, declaredBy: metadata.actor.companyId, declaredAt: metadata.now.toISOString() } }];
}
