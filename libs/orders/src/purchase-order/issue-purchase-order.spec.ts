import { deciderSpecification } from '@renkei/testing';
import type { CustomerOrderPlaced } from '../customer-order/customer-order-messages';
import type { OrdersEvent } from '../orders-event';
import { purchaseOrderDecider } from './purchase-order';
import type { IssuePurchaseOrder, ParentOrderLookup, PurchaseOrderCommand } from './purchase-order-commands';
import { AT, by, issued, LEAD, LINES, NOW, SUB_SUPPLIER, SUPPLIER } from './purchase-order.fixtures';
import type { PurchaseOrder } from './purchase-order-state';

const spec = deciderSpecification<PurchaseOrderCommand, OrdersEvent, PurchaseOrder>(purchaseOrderDecider);

const leadIssues = (overrides: Partial<IssuePurchaseOrder['data']> = {}): IssuePurchaseOrder => ({
  type: 'IssuePurchaseOrder',
  data: { orderId: 'PO-1', customerOrderId: 'CO-1', parent: null, supplierId: SUPPLIER, lines: LINES, ...overrides },
  metadata: { ...by(LEAD), lookups: { parentOrder: null } },
});

/** okada-seiki supplies line 1 of PO-1 (tier 1) and orders the plating from mori-plating. */
const parentOrder: ParentOrderLookup = { orderId: 'PO-1', tier: 1, supplierId: SUPPLIER, customerOrderId: 'CO-1', lineNos: [1, 2] };
const workshopIssues = (lookup: ParentOrderLookup | null = parentOrder, overrides: Partial<IssuePurchaseOrder['data']> = {}): IssuePurchaseOrder => ({
  type: 'IssuePurchaseOrder',
  data: { orderId: 'PO-1-A', customerOrderId: 'CO-1', parent: { orderId: 'PO-1', lineNo: 1 }, supplierId: SUB_SUPPLIER, lines: [LINES[0]!], ...overrides },
  metadata: { ...by(SUPPLIER), lookups: { parentOrder: lookup } },
});

describe('purchase order: IssuePurchaseOrder', () => {
  it('records a lead ordering directly for its customer order as tier 1, prices included', () => {
    spec.given([]).when(leadIssues()).then([
      { type: 'PurchaseOrderIssued', data: { orderId: 'PO-1', customerOrderId: 'CO-1', parent: null, buyerId: LEAD, supplierId: SUPPLIER, tier: 1, lines: LINES, issuedAt: AT } },
    ]);
  });

  it("records a workshop ordering from a sub-workshop one tier below the line it supplies", () => {
    spec.given([]).when(workshopIssues({ ...parentOrder, tier: 2 })).then([
      {
        type: 'PurchaseOrderIssued',
        data: { orderId: 'PO-1-A', customerOrderId: 'CO-1', parent: { orderId: 'PO-1', lineNo: 1 }, buyerId: SUPPLIER, supplierId: SUB_SUPPLIER, tier: 3, lines: [LINES[0]!], issuedAt: AT },
      },
    ]);
  });

  it('refuses integrators and coordinators as buyers', () => {
    spec.given([]).when({ ...leadIssues(), metadata: { actor: { companyId: 'erp-vendor', role: 'integrator' }, now: NOW, lookups: { parentOrder: null } } }).thenThrows('ORDERS.ROLE_NOT_ALLOWED');
  });

  it('refuses to issue the same order twice', () => {
    spec.given([issued()]).when(leadIssues()).thenThrows('ORDERS.ALREADY_ISSUED');
  });

  it('refuses an order id that already names a customer order', () => {
    const placed: CustomerOrderPlaced = {
      type: 'CustomerOrderPlaced',
      data: { orderId: 'PO-1', customerName: 'Tokai', customerRef: 'T-1', bomProductId: 'GB-3', bomRevision: 1, lines: [], ownerId: LEAD, placedAt: AT },
    };
    spec.given([placed]).when(leadIssues()).thenThrows('ORDERS.WRONG_ORDER_KIND');
  });

  it('refuses a buyer ordering from itself', () => {
    spec.given([]).when(leadIssues({ supplierId: LEAD })).thenThrows('ORDERS.SELF_SUPPLY');
  });

  it('refuses a workshop that does not say which line it orders for', () => {
    spec.given([]).when(workshopIssues(null, { parent: null })).thenThrows('ORDERS.PARENT_REQUIRED');
  });

  it('refuses a parent that was not looked up, or not the one named', () => {
    spec.given([]).when(workshopIssues(null)).thenThrows('ORDERS.PARENT_LOOKUP_MISSING');
    spec.given([]).when(workshopIssues({ ...parentOrder, orderId: 'PO-9' })).thenThrows('ORDERS.PARENT_LOOKUP_MISSING');
  });

  it('refuses a workshop ordering under a purchase order it does not supply', () => {
    spec.given([]).when(workshopIssues({ ...parentOrder, supplierId: 'sato-kikai' })).thenThrows('ORDERS.NOT_SUPPLIER_OF_PARENT');
  });

  it('refuses a parent line the parent order does not have', () => {
    spec.given([]).when(workshopIssues(parentOrder, { parent: { orderId: 'PO-1', lineNo: 7 } })).thenThrows('ORDERS.UNKNOWN_PARENT_LINE');
  });

  it("refuses a customer order other than the parent's", () => {
    spec.given([]).when(workshopIssues(parentOrder, { customerOrderId: 'CO-2' })).thenThrows('ORDERS.CUSTOMER_ORDER_MISMATCH');
  });

  it('refuses lines built without the parser that repeat a line number or order no pieces', () => {
    const malformed = leadIssues({ lines: [LINES[0]!, { ...LINES[0]!, quantity: -1 }] });
    expect(() => purchaseOrderDecider.decide(malformed, purchaseOrderDecider.initialState)).toThrow(
      expect.objectContaining({ code: 'ORDERS.INVALID_INPUT', fieldErrors: [expect.objectContaining({ field: 'lines[1].lineNo' }), expect.objectContaining({ field: 'lines[1].quantity' })] }),
    );
  });
});
