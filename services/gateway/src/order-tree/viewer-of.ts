import type { NetworkIntegratorScope } from '@renkei/contracts';
import type { Caller, MemberDirectory } from '@renkei/service-kit';
import type { OrderViewer } from './order-viewer';

/**
 * A company sees as itself. An integrator sees as the companies that granted it every one of
 * `scopes` (an order's tree shows orders and work: it needs both), and never sees prices.
 */
export function viewerOf(caller: Caller, directory: MemberDirectory, scopes: readonly NetworkIntegratorScope[]): OrderViewer {
  if (caller.role !== 'integrator') return { seesAs: [caller.companyId], seesPrices: true };
  const [first, ...others] = scopes.map((scope) => directory.grantorsOf(caller.companyId, scope));
  return { seesAs: (first ?? []).filter((grantor) => others.every((grantors) => grantors.includes(grantor))), seesPrices: false };
}
