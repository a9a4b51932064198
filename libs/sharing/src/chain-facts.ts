import type { BomRevisionPublishedV1, CustomerOrderPlacedV1, EventEnvelope, PurchaseOrderIssuedV1, RfqIssuedV1 } from '@renkei/contracts';

/** A purchase order's place in its customer order's chain: who buys, who supplies, and the order above it. */
export interface PurchaseOrderLink {
  readonly poId: string;
  readonly customerOrderId: string;
  readonly parentPoId: string | null;
  readonly buyerId: string;
  readonly supplierId: string;
}

export interface RfqLink {
  readonly rfqId: string;
  readonly issuedBy: string;
  readonly invited: readonly string[];
}

/**
 * What the sharing rules must know beyond the event itself, learnt from earlier events: who owns
 * a customer order, how purchase orders chain up to it, who issued an RFQ and whom it invited,
 * who publishes a product's BOM.
 */
export interface ChainFacts {
  customerOrderOwner(orderId: string): string | undefined;
  bomOwner(productId: string): string | undefined;
  purchaseOrder(poId: string): PurchaseOrderLink | undefined;
  rfq(rfqId: string): RfqLink | undefined;
}

export type Fact =
  | { readonly kind: 'customer-order'; readonly id: string; readonly ownerId: string }
  | { readonly kind: 'purchase-order'; readonly id: string; readonly link: PurchaseOrderLink }
  | { readonly kind: 'rfq'; readonly id: string; readonly link: RfqLink }
  | { readonly kind: 'bom'; readonly id: string; readonly ownerId: string };

/** The facts an event establishes (learnt before the event itself is shared: it may be the one naming its audience). */
export function factsOf(event: EventEnvelope): Fact[] {
  switch (event.type) {
    case 'CustomerOrderPlaced': {
      const placed = event.data as unknown as CustomerOrderPlacedV1;
      return [{ kind: 'customer-order', id: placed.orderId, ownerId: placed.ownerId }];
    }
    case 'PurchaseOrderIssued': {
      const issued = event.data as unknown as PurchaseOrderIssuedV1;
      const link = { poId: issued.orderId, customerOrderId: issued.customerOrderId, parentPoId: issued.parent?.orderId ?? null, buyerId: issued.buyerId, supplierId: issued.supplierId };
      return [{ kind: 'purchase-order', id: issued.orderId, link }];
    }
    case 'RfqIssued': {
      const issued = event.data as unknown as RfqIssuedV1;
      return [{ kind: 'rfq', id: issued.rfqId, link: { rfqId: issued.rfqId, issuedBy: issued.issuedBy, invited: issued.invited } }];
    }
    case 'BomRevisionPublished': {
      const published = event.data as unknown as BomRevisionPublishedV1;
      return [{ kind: 'bom', id: published.productId, ownerId: published.publishedBy }];
    }
    default:
      return [];
  }
}

/** In-memory facts, e.g. for one batch on top of what a store already holds. */
export class FactBook implements ChainFacts {
  private readonly owners = new Map<string, string>();
  private readonly purchaseOrders = new Map<string, PurchaseOrderLink>();
  private readonly rfqs = new Map<string, RfqLink>();
  private readonly bomOwners = new Map<string, string>();

  learn(fact: Fact): void {
    if (fact.kind === 'customer-order') this.owners.set(fact.id, fact.ownerId);
    else if (fact.kind === 'purchase-order') this.purchaseOrders.set(fact.id, fact.link);
    else if (fact.kind === 'rfq') this.rfqs.set(fact.id, fact.link);
    else this.bomOwners.set(fact.id, fact.ownerId);
  }

  bomOwner(productId: string): string | undefined {
    return this.bomOwners.get(productId);
  }

  customerOrderOwner(orderId: string): string | undefined {
    return this.owners.get(orderId);
  }

  purchaseOrder(poId: string): PurchaseOrderLink | undefined {
    return this.purchaseOrders.get(poId);
  }

  rfq(rfqId: string): RfqLink | undefined {
    return this.rfqs.get(rfqId);
  }
}

