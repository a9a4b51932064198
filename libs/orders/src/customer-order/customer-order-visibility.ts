import type { CustomerOrderPlacedV1 } from '@renkei/contracts';
import type { CustomerOrder } from './customer-order';

/** The lead's end-to-end order as its owner reads it. It names no price (see the spec's type-level check). */
export interface CustomerOrderView extends CustomerOrderPlacedV1 {
  readonly status: 'Open' | 'Closed';
  readonly closedAt: string | null;
}

/** Only the owner reads its customer order; anyone else gets null, as for one never placed. Fields are picked by name. */
export function customerOrderVisibleTo(state: CustomerOrder, viewerCompanyId: string): CustomerOrderView | null {
  if ((state.status !== 'Open' && state.status !== 'Closed') || state.order.ownerId !== viewerCompanyId) return null;
  const { orderId, customerName, customerRef, bomProductId, bomRevision, lines, ownerId, placedAt } = state.order;
  return {
    orderId,
    customerName,
    customerRef,
    bomProductId,
    bomRevision,
    lines: lines.map(({ lineNo, partNumber, bomNodeId, quantity, dueDate }) => ({ lineNo, partNumber, bomNodeId, quantity, dueDate })),
    ownerId,
    placedAt,
    status: state.status,
    closedAt: state.status === 'Closed' ? state.closedAt : null,
  };
}

/** An integrator reads the order through its owner's grant of `orders`: the owner's view, which carries no price. */
export function customerOrderVisibleToIntegrator(state: CustomerOrder, grantorIds: readonly string[]): CustomerOrderView | null {
  return grantorIds.map((grantorId) => customerOrderVisibleTo(state, grantorId)).find((view) => view !== null) ?? null;
}
