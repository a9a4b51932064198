import type { QueuedCommand } from './outbox/outbox';
import { assertNever, subjectOf, type PhoneCommand, type QuoteLineInput } from './outbox/phone-commands';
import type { PhoneOrder } from './orders/purchase-orders';
import type { PhoneRfq } from './rfqs/rfqs';
import type { MyWorkItem } from './work/work-items';
import { showsProgress, withProgress } from './work/work-overlay';

/** The three lists the page shows; null while a list has not been read yet. */
export interface PhoneData {
  readonly work: readonly MyWorkItem[] | null;
  readonly rfqs: readonly PhoneRfq[] | null;
  readonly orders: readonly PhoneOrder[] | null;
}

/** A command the API recorded, kept over the lists until a read shows it (the read models follow a moment behind). */
export interface SettledCommand {
  readonly queued: QueuedCommand;
  /** Epoch milliseconds */
  readonly settledAt: number;
}

/** The lists as they are once `command` is recorded: each tap shows at once, sent or not. */
export function withCommand(data: PhoneData, { command, tappedAt }: QueuedCommand): PhoneData {
  switch (command.type) {
    case 'report-progress':
      return { ...data, work: data.work?.map((item) => (item.poId === command.poId && item.lineNo === command.lineNo ? withProgress(item, command.input) : item)) ?? null };
    case 'submit-quote':
    case 'revise-quote':
    case 'decline-rfq':
      return { ...data, rfqs: data.rfqs?.map((rfq) => (rfq.rfqId === command.rfqId ? rfqWith(rfq, command, tappedAt) : rfq)) ?? null };
    case 'accept-order':
    case 'reject-order':
    case 'accept-change':
    case 'reject-change':
      return { ...data, orders: data.orders?.map((order) => (order.poId === command.orderId ? orderWith(order, command) : order)) ?? null };
    default:
      return assertNever(command);
  }
}

export function withCommands(data: PhoneData, commands: readonly QueuedCommand[]): PhoneData {
  return commands.reduce(withCommand, data);
}

function rfqWith(rfq: PhoneRfq, command: Extract<PhoneCommand, { rfqId: string }>, at: string): PhoneRfq {
  switch (command.type) {
    case 'submit-quote':
      return { ...rfq, quotes: [{ quoteId: command.quoteId, latestRevision: 1, revisedAt: at, lines: quoteLines(command.lines) }] };
    case 'revise-quote':
      return {
        ...rfq,
        quotes: rfq.quotes.map((quote) => (quote.quoteId === command.quoteId ? { ...quote, latestRevision: quote.latestRevision + 1, revisedAt: at, lines: quoteLines(command.lines) } : quote)),
      };
    case 'decline-rfq':
      return { ...rfq, declines: [{ reason: command.reason, declinedAt: at }] };
    default:
      return assertNever(command);
  }
}

function quoteLines(lines: readonly QuoteLineInput[]) {
  return lines.map(({ lineNo, unitPrice, leadTimeDays, note }) => ({ lineNo, unitPrice, leadTimeDays, note: note ?? null }));
}

function orderWith(order: PhoneOrder, command: Extract<PhoneCommand, { orderId: string }>): PhoneOrder {
  switch (command.type) {
    case 'accept-order':
      return { ...order, status: 'Accepted' };
    case 'reject-order':
      return { ...order, status: 'Rejected' };
    case 'accept-change': {
      const changes = order.pendingChange?.changeId === command.changeId ? order.pendingChange.lines : [];
      const lines = order.lines.map((line) => {
        const change = changes.find((candidate) => candidate.lineNo === line.lineNo);
        return change ? { ...line, quantity: change.quantity ?? line.quantity, dueDate: change.dueDate ?? line.dueDate } : line;
      });
      return { ...order, lines, pendingChange: null };
    }
    case 'reject-change':
      return { ...order, pendingChange: order.pendingChange?.changeId === command.changeId ? null : order.pendingChange };
    default:
      return assertNever(command);
  }
}

/** Whether a read already shows the command; a subject no longer listed has nothing left to show it on. */
export function shows(data: PhoneData, command: PhoneCommand): boolean {
  switch (command.type) {
    case 'report-progress':
      return data.work !== null && showsProgress(data.work.find((item) => item.poId === command.poId && item.lineNo === command.lineNo), command.input);
    case 'submit-quote':
    case 'revise-quote':
    case 'decline-rfq': {
      if (data.rfqs === null) return false;
      const rfq = data.rfqs.find((candidate) => candidate.rfqId === command.rfqId);
      if (rfq === undefined) return true;
      if (command.type === 'decline-rfq') return rfq.declines.length > 0;
      const quote = rfq.quotes.find((candidate) => candidate.quoteId === command.quoteId);
      return quote !== undefined && (command.type === 'submit-quote' || sameLines(quote.lines, quoteLines(command.lines)));
    }
    case 'accept-order':
    case 'reject-order':
    case 'accept-change':
    case 'reject-change': {
      if (data.orders === null) return false;
      const order = data.orders.find((candidate) => candidate.poId === command.orderId);
      if (order === undefined) return true;
      if (command.type === 'accept-order' || command.type === 'reject-order') return order.status !== 'Issued';
      return order.pendingChange?.changeId !== command.changeId;
    }
    default:
      return assertNever(command);
  }
}

function sameLines(shown: ReadonlyArray<ReturnType<typeof quoteLines>[number]>, sent: ReturnType<typeof quoteLines>): boolean {
  const key = (line: ReturnType<typeof quoteLines>[number]) => [line.lineNo, line.unitPrice.amount, line.unitPrice.currency, line.leadTimeDays, line.note ?? ''].join('|');
  return shown.map(key).sort().join('\n') === sent.map(key).sort().join('\n');
}

/** A command not shown after this long is let go: something else changed the subject since. */
export const SETTLED_MAX_AGE_MS = 60_000;

/**
 * The recorded commands a fresh read does not show yet. Once a read shows a command, it also
 * shows every earlier command on the same subject, so those go too.
 */
export function stillUnshown(settled: readonly SettledCommand[], data: PhoneData, now: number): SettledCommand[] {
  const lastShown = new Map<string, number>();
  settled.forEach((entry, index) => {
    if (shows(data, entry.queued.command)) lastShown.set(subjectOf(entry.queued.command), index);
  });
  return settled.filter((entry, index) => index > (lastShown.get(subjectOf(entry.queued.command)) ?? -1) && now - entry.settledAt < SETTLED_MAX_AGE_MS);
}
