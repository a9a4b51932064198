import { createHash } from 'node:crypto';
import type { PurchaseOrderLineV1, RfqAwardedV1, RfqIssuedV2 } from '@renkei/contracts';
import type { IssuePurchaseOrder } from '@renkei/orders';

/** Order ids are at most 64 characters (they appear in URLs and stream ids). */
const MAX_ORDER_ID = 64;

/**
 * The purchase order an award places with one workshop: `<rfqId>-<workshopId>`, the same on every
 * delivery of the award. Ids too long for an order id keep a readable prefix and end in a hash of both.
 */
export function purchaseOrderIdFor(rfqId: string, workshopId: string): string {
  const plain = `${rfqId}-${workshopId}`;
  if (plain.length <= MAX_ORDER_ID) return plain;
  const hash = createHash('sha256').update(`${rfqId}\u0000${workshopId}`).digest('hex').slice(0, 16);
  return `${plain.slice(0, MAX_ORDER_ID - hash.length - 1)}-${hash}`;
}

/**
 * One tier-1 purchase order per awarded workshop, from the lead that issued the RFQ: the workshop's
 * awarded lines (RFQ line numbers kept) and quantities, at the awarded price, with the part, BOM node
 * and due date of the RFQ line. An RFQ outside a customer order awards prices only: no orders.
 */
export function purchaseOrdersForAward(rfq: RfqIssuedV2, award: RfqAwardedV1, now: Date): IssuePurchaseOrder[] {
  const customerOrderId = rfq.customerOrderId;
  if (customerOrderId === null) return [];
  const workshops = [...new Set(award.awards.map((share) => share.workshopId))];
  return workshops.map((workshopId): IssuePurchaseOrder => {
    const lines = award.awards
      .filter((share) => share.workshopId === workshopId)
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((share): PurchaseOrderLineV1 => {
        const line = rfq.lines.find((asked) => asked.lineNo === share.lineNo);
        // The quotes decider awards only lines of the RFQ, and requires a BOM node on each line of an RFQ with a customer order.
        if (line === undefined) throw new Error(`RFQ ${rfq.rfqId} awards line ${share.lineNo}, which it does not have: corrupt stream`);
        if (line.part.bomNodeId === null) throw new Error(`RFQ ${rfq.rfqId} line ${line.lineNo} names no BOM node, yet it names customer order ${customerOrderId}`);
        return {
          lineNo: line.lineNo,
          partNumber: line.part.partNumber,
          bomNodeId: line.part.bomNodeId,
          quantity: share.quantity,
          dueDate: line.dueDate,
          unitPrice: { amount: share.unitPrice.amount, currency: share.unitPrice.currency },
        };
      });
    return {
      type: 'IssuePurchaseOrder',
      data: { orderId: purchaseOrderIdFor(rfq.rfqId, workshopId), customerOrderId, parent: null, supplierId: workshopId, lines },
      metadata: { actor: { companyId: rfq.issuedBy, role: 'lead' }, now, lookups: { parentOrder: null } },
    };
  });
}
