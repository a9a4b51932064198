import type { DelayReasonCode, WorkStatus } from '../work/work-items';

/** The body of reportProgress as the phone sends it: counts are cumulative and always sent (omitted would mean 0). */
export interface ProgressInput {
  readonly status: WorkStatus;
  /** The operation reported on; left out (with milestone) for a line without own operations. */
  readonly operation?: number;
  readonly milestone?: 'started' | 'finished';
  readonly qtyGood: number;
  readonly qtyScrap: number;
  /** YYYY-MM-DD; sent again with every report, as the latest report's ETA is the one that counts. */
  readonly eta?: string;
  readonly delayReasonCode?: DelayReasonCode;
  readonly note?: string;
  /** RFC 3339: the tap, so a report sent late is recorded when it happened. */
  readonly occurredAt: string;
}

export interface Money {
  /** Decimal string, e.g. "1250.50" */
  readonly amount: string;
  readonly currency: string;
}

export interface QuoteLineInput {
  readonly lineNo: number;
  readonly unitPrice: Money;
  readonly leadTimeDays: number;
  readonly note?: string;
}

/** What one tap asks the API to do; each is one idempotent mutation. */
export type PhoneCommand =
  | { readonly type: 'report-progress'; readonly poId: string; readonly lineNo: number; readonly tap: 'start' | 'finish' | 'counts' | 'delay'; readonly input: ProgressInput }
  | { readonly type: 'submit-quote'; readonly rfqId: string; readonly quoteId: string; readonly lines: readonly QuoteLineInput[] }
  | { readonly type: 'revise-quote'; readonly rfqId: string; readonly quoteId: string; readonly lines: readonly QuoteLineInput[] }
  | { readonly type: 'decline-rfq'; readonly rfqId: string; readonly reason: string }
  | { readonly type: 'accept-order'; readonly orderId: string }
  | { readonly type: 'reject-order'; readonly orderId: string; readonly reason: string }
  | { readonly type: 'accept-change'; readonly orderId: string; readonly changeId: string }
  | { readonly type: 'reject-change'; readonly orderId: string; readonly changeId: string; readonly reason: string };

export type PhoneCommandType = PhoneCommand['type'];

/** What a command is about, as the page groups feedback: a work item, an RFQ or a purchase order. */
export type Subject = `work:${string}` | `rfq:${string}` | `order:${string}`;

export function subjectOf(command: PhoneCommand): Subject {
  switch (command.type) {
    case 'report-progress':
      return `work:${command.poId}/${command.lineNo}`;
    case 'submit-quote':
    case 'revise-quote':
    case 'decline-rfq':
      return `rfq:${command.rfqId}`;
    case 'accept-order':
    case 'reject-order':
    case 'accept-change':
    case 'reject-change':
      return `order:${command.orderId}`;
    default:
      return assertNever(command);
  }
}

const RESULT = '{ replayed streamId revision }';
const OPTIONS = '$idempotencyKey: String!';

/** The mutation each command is, with its variables; `field` names the answer's one field. */
export function mutationOf(command: PhoneCommand, idempotencyKey: string): { readonly field: string; readonly query: string; readonly variables: Record<string, unknown> } {
  switch (command.type) {
    case 'report-progress':
      return {
        field: 'reportProgress',
        query: `mutation PhoneReportProgress($poId: String!, $lineNo: Int!, $input: ReportProgressInput!, ${OPTIONS}) {
  reportProgress(poId: $poId, lineNo: $lineNo, input: $input, idempotencyKey: $idempotencyKey) ${RESULT}
}`,
        variables: { poId: command.poId, lineNo: command.lineNo, input: command.input, idempotencyKey },
      };
    case 'submit-quote':
    case 'revise-quote': {
      const field = command.type === 'submit-quote' ? 'submitQuote' : 'reviseQuote';
      return {
        field,
        query: `mutation PhoneQuote($rfqId: String!, $quoteId: String!, $input: QuoteInput!, ${OPTIONS}) {
  ${field}(rfqId: $rfqId, quoteId: $quoteId, input: $input, idempotencyKey: $idempotencyKey) ${RESULT}
}`,
        variables: { rfqId: command.rfqId, quoteId: command.quoteId, input: { lines: command.lines }, idempotencyKey },
      };
    }
    case 'decline-rfq':
      return {
        field: 'declineRfq',
        query: `mutation PhoneDeclineRfq($rfqId: String!, $input: ReasonInput!, ${OPTIONS}) {
  declineRfq(rfqId: $rfqId, input: $input, idempotencyKey: $idempotencyKey) ${RESULT}
}`,
        variables: { rfqId: command.rfqId, input: { reason: command.reason }, idempotencyKey },
      };
    case 'accept-order':
      return {
        field: 'acceptOrder',
        query: `mutation PhoneAcceptOrder($orderId: String!, ${OPTIONS}) {
  acceptOrder(orderId: $orderId, idempotencyKey: $idempotencyKey) ${RESULT}
}`,
        variables: { orderId: command.orderId, idempotencyKey },
      };
    case 'reject-order':
      return {
        field: 'rejectOrder',
        query: `mutation PhoneRejectOrder($orderId: String!, $input: ReasonInput!, ${OPTIONS}) {
  rejectOrder(orderId: $orderId, input: $input, idempotencyKey: $idempotencyKey) ${RESULT}
}`,
        variables: { orderId: command.orderId, input: { reason: command.reason }, idempotencyKey },
      };
    case 'accept-change':
      return {
        field: 'acceptChange',
        query: `mutation PhoneAcceptChange($orderId: String!, $changeId: String!, ${OPTIONS}) {
  acceptChange(orderId: $orderId, changeId: $changeId, idempotencyKey: $idempotencyKey) ${RESULT}
}`,
        variables: { orderId: command.orderId, changeId: command.changeId, idempotencyKey },
      };
    case 'reject-change':
      return {
        field: 'rejectChange',
        query: `mutation PhoneRejectChange($orderId: String!, $changeId: String!, $input: ReasonInput!, ${OPTIONS}) {
  rejectChange(orderId: $orderId, changeId: $changeId, input: $input, idempotencyKey: $idempotencyKey) ${RESULT}
}`,
        variables: { orderId: command.orderId, changeId: command.changeId, input: { reason: command.reason }, idempotencyKey },
      };
    default:
      return assertNever(command);
  }
}

export function assertNever(value: never): never {
  throw new Error(`unhandled: ${JSON.stringify(value)}`);
}
