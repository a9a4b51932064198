import type { OrderLineChangeV1, OrderShipmentLineV1, WorkDelayReasonCode, WorkMilestone, WorkStatus } from '@renkei/contracts';

// Messages a workshop sends to the backbone (workshop → RENKEI); each becomes one REST command.

export const ACKNOWLEDGEMENT_DECISIONS = ['ACCEPT', 'REJECT', 'ACCEPT-WITH-CHANGES'] as const;
export type AcknowledgementDecision = (typeof ACKNOWLEDGEMENT_DECISIONS)[number];

interface OrderAcknowledgementHeader {
  readonly kind: 'ORDER-ACKNOWLEDGEMENT';
  readonly ref: string;
  readonly orderId: string;
}

/**
 * The supplier's answer to a purchase order, or, with `changeId`, to the buyer's change request.
 * A change request is accepted or rejected as asked: proposing other changes is a new request.
 */
export type OrderAcknowledgementMessage =
  | (OrderAcknowledgementHeader & { readonly decision: 'ACCEPT'; readonly changeId: string | null })
  | (OrderAcknowledgementHeader & { readonly decision: 'REJECT'; readonly changeId: string | null; readonly reason: string })
  | (OrderAcknowledgementHeader & { readonly decision: 'ACCEPT-WITH-CHANGES'; readonly changes: readonly OrderLineChangeV1[] });

/** One progress report on one purchase order line; every optional field is null when not said. */
export interface ProgressReportMessage {
  readonly kind: 'PROGRESS-REPORT';
  readonly ref: string;
  readonly poId: string;
  readonly lineNo: number;
  readonly status: WorkStatus;
  readonly qtyGood: number;
  readonly qtyScrap: number;
  readonly occurredAt: string;
  readonly eta: string | null;
  readonly operation: number | null;
  readonly milestone: WorkMilestone | null;
  readonly percent: number | null;
  readonly delayReasonCode: WorkDelayReasonCode | null;
  readonly note: string | null;
}

export interface ShipmentNoticeMessage {
  readonly kind: 'SHIPMENT-NOTICE';
  readonly ref: string;
  readonly orderId: string;
  readonly shipmentId: string;
  readonly shippedAt: string;
  readonly lines: readonly OrderShipmentLineV1[];
}
