import type { ContextName, NetworkIntegratorScope } from '@renkei/contracts';
import type { Caller, MemberDirectory } from '@renkei/service-kit';

/** Whose copies a caller reads: its own, and for an integrator those of each company that granted it a scope, for that scope's contexts. */
export interface FeedViewer {
  readonly companyId: string;
  readonly grants: ReadonlyArray<{ readonly grantorIds: readonly string[]; readonly contexts: readonly ContextName[] }>;
  /** Integrators never see prices, whoever granted them access. */
  readonly seesPrices: boolean;
}

const CONTEXTS_OF_SCOPE: Record<NetworkIntegratorScope, readonly ContextName[]> = {
  orders: ['orders'],
  work: ['work-progress'],
  bom: ['bom-exchange'],
};

export function feedViewerOf(caller: Caller, directory: MemberDirectory): FeedViewer {
  if (caller.role !== 'integrator') return { companyId: caller.companyId, grants: [], seesPrices: true };
  const grants = (Object.keys(CONTEXTS_OF_SCOPE) as NetworkIntegratorScope[]).map((scope) => ({
    grantorIds: directory.grantorsOf(caller.companyId, scope),
    contexts: CONTEXTS_OF_SCOPE[scope],
  }));
  return { companyId: caller.companyId, grants: grants.filter((grant) => grant.grantorIds.length > 0), seesPrices: false };
}

/** The integrator scope that opens a context's events, if any (quotes and the directory are never granted). */
export function scopeGrantingContext(context: string): NetworkIntegratorScope | undefined {
  return (Object.keys(CONTEXTS_OF_SCOPE) as NetworkIntegratorScope[]).find((scope) => (CONTEXTS_OF_SCOPE[scope] as readonly string[]).includes(context));
}
