import type { ApiError } from '../../api/api-error';
import { assertNever, type PhoneCommand } from './phone-commands';

/** One tap waiting to be sent. Its key is made at tap time and sent with every attempt, so a retry is never recorded twice. */
export interface QueuedCommand {
  readonly key: string;
  /** When the worker tapped (ISO 8601). */
  readonly tappedAt: string;
  readonly command: PhoneCommand;
}

/** The taps not yet answered, oldest first, and how the sending goes. */
export interface Outbox {
  readonly queue: readonly QueuedCommand[];
  /** Failed attempts in a row (network or server), for the backoff. */
  readonly failures: number;
  /** The link was not accepted: nothing is sent until the page has credentials again. */
  readonly halted: boolean;
}

export const emptyOutbox: Outbox = { queue: [], failures: 0, halted: false };

/** What the API said to one attempt. */
export type SendOutcome = { readonly kind: 'sent'; readonly replayed: boolean } | { readonly kind: 'failed'; readonly error: ApiError; readonly fields: readonly FieldProblem[] };

/** A field the API named in a refusal: which, the rule it broke, and what is allowed. */
export interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly allowed: string;
}

/**
 * sent: the API recorded it (or had already: a replay). refused: the API will never take it as it
 * is, so it leaves the queue and the worker is told why. retry: no answer or a passing failure,
 * so it stays first in line. halt: the link is no longer accepted.
 */
export type Settlement = 'sent' | 'refused' | 'retry' | 'halt';

export function enqueue(outbox: Outbox, command: QueuedCommand): Outbox {
  if (outbox.queue.some((queued) => queued.key === command.key)) return outbox;
  return { ...outbox, queue: [...outbox.queue, command] };
}

/** The command to send next: the oldest, as taps are sent in the order they were made, one at a time. */
export function nextToSend(outbox: Outbox): QueuedCommand | null {
  return outbox.halted ? null : (outbox.queue[0] ?? null);
}

export function settlementOf(outcome: SendOutcome): Settlement {
  if (outcome.kind === 'sent') return 'sent';
  switch (outcome.error.kind) {
    case 'network':
    case 'server':
      return 'retry';
    case 'unauthenticated':
      return 'halt';
    case 'bad-request':
    case 'forbidden':
    case 'not-found':
      return 'refused';
    default:
      return assertNever(outcome.error.kind);
  }
}

/** The outbox after an attempt at `key` (the head) ended with `outcome`. An answer for a command no longer at the head changes nothing. */
export function settle(outbox: Outbox, key: string, outcome: SendOutcome): { readonly outbox: Outbox; readonly settlement: Settlement } {
  const settlement = settlementOf(outcome);
  if (outbox.queue[0]?.key !== key) return { outbox, settlement };
  switch (settlement) {
    case 'sent':
    case 'refused':
      return { outbox: { ...outbox, queue: outbox.queue.slice(1), failures: 0 }, settlement };
    case 'retry':
      return { outbox: { ...outbox, failures: outbox.failures + 1 }, settlement };
    case 'halt':
      return { outbox: { ...outbox, halted: true }, settlement };
    default:
      return assertNever(settlement);
  }
}

/** New credentials (a fresh link), or the connection came back: send again at once. */
export function resume(outbox: Outbox): Outbox {
  return outbox.halted || outbox.failures > 0 ? { ...outbox, halted: false, failures: 0 } : outbox;
}

/** The queue lives in localStorage, per company, so a reload or a closed tab loses no tap. */
export function outboxStorageKey(companyId: string): string {
  return `renkei.phone.outbox.${companyId}`;
}

const STORAGE_VERSION = 1;

export function serializeQueue(queue: readonly QueuedCommand[]): string {
  return JSON.stringify({ version: STORAGE_VERSION, queue });
}

/** The stored queue; anything unreadable (another version, a hand edit) is left out rather than sent wrong. */
export function parseQueue(text: string | null): QueuedCommand[] {
  if (text === null) return [];
  try {
    const stored = JSON.parse(text) as { version?: unknown; queue?: unknown };
    if (stored.version !== STORAGE_VERSION || !Array.isArray(stored.queue)) return [];
    return stored.queue.filter(isQueuedCommand);
  } catch {
    return [];
  }
}

const COMMAND_TYPES: readonly string[] = ['report-progress', 'submit-quote', 'revise-quote', 'decline-rfq', 'accept-order', 'reject-order', 'accept-change', 'reject-change'];

function isQueuedCommand(value: unknown): value is QueuedCommand {
  if (typeof value !== 'object' || value === null) return false;
  const { key, tappedAt, command } = value as Record<string, unknown>;
  if (typeof key !== 'string' || key.length < 8 || typeof tappedAt !== 'string' || typeof command !== 'object' || command === null) return false;
  return COMMAND_TYPES.includes(String((command as { type?: unknown }).type));
}
