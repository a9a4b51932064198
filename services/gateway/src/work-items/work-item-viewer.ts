import type { Caller, MemberDirectory } from '@renkei/service-kit';
import type { WorkItemViewer } from './work-item.query';

/**
 * A company sees work as itself; an integrator as the companies that granted it `work` (work
 * items carry no prices), and without a grant nothing. Only the lead named in static
 * configuration also sees work reported before any purchase order.
 */
export function workItemViewerOf(caller: Caller, directory: MemberDirectory, deploymentLead: string | null): WorkItemViewer {
  return {
    seesAs: caller.role === 'integrator' ? directory.grantorsOf(caller.companyId, 'work') : [caller.companyId],
    seesUnassignedWork: caller.role === 'lead' && caller.companyId === deploymentLead,
  };
}
