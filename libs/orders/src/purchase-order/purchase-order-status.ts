import { assertNever } from '../assert-never';
import { piecesUnderway, type PurchaseOrder } from './purchase-order-state';

/** What a person would call the order's state; derived for display, never stored or decided on. */
export type PurchaseOrderStatus =
  | 'NotIssued'
  | 'Issued'
  | 'AwaitingBuyer'
  | 'Accepted'
  | 'PartiallyShipped'
  | 'Shipped'
  | 'Rejected'
  | 'Cancelled'
  | 'Closed';

export function purchaseOrderStatus(state: PurchaseOrder): PurchaseOrderStatus {
  switch (state.status) {
    case 'None':
    case 'OtherKind':
      return 'NotIssued';
    case 'Accepted':
      // Rejected and missing pieces are owed again, so a line with such pieces is only partly shipped.
      if (state.lines.every((line) => piecesUnderway(line) >= line.quantity)) return 'Shipped';
      if (state.lines.some((line) => line.shipped > 0)) return 'PartiallyShipped';
      return 'Accepted';
    case 'Issued':
    case 'AwaitingBuyer':
    case 'Rejected':
    case 'Cancelled':
    case 'Closed':
      return state.status;
    default:
      return assertNever(state);
  }
}
