import type { Caller } from '@renkei/service-kit';

/** Whose entitlements an RFQ query runs with (see rfqViewerOf). */
export interface RfqViewer {
  /** Companies whose issuer's view the caller has: every quote, every award. */
  readonly issuerAs: readonly string[];
  /** Companies whose invited workshop's view the caller has: the lines, and only its own quote and awards. */
  readonly workshopAs: readonly string[];
}

/**
 * As the quotes context's own read decides it: the issuer acts as a lead, an invited company as
 * a workshop. Quotes are never grantable, so an integrator (or a coordinator) has no view: null.
 */
export function rfqViewerOf(caller: Caller): RfqViewer | null {
  switch (caller.role) {
    case 'lead':
      return { issuerAs: [caller.companyId], workshopAs: [] };
    case 'workshop':
      return { issuerAs: [], workshopAs: [caller.companyId] };
    case 'integrator':
    case 'coordinator':
      return null;
    default:
      return assertNever(caller.role);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled role: ${String(value)}`);
}
