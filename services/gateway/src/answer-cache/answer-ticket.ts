/**
 * What one GraphQL request may leave in the answer cache: its key, when it began, and the orders
 * its answer was built from (declared by the resolvers). Stored only if the operation was found
 * cacheable and completed without errors.
 */
import type { Flight } from './answer-cache';

export class AnswerTicket {
  private readonly orders = new Set<string>();
  private refused = false;
  private completed = false;

  constructor(
    readonly key: string,
    readonly begunAt: number,
    /** Present when other requests for the same key may wait for this one's answer. */
    readonly flight?: Flight,
  ) {}

  /** A resolver read this order's rows. */
  dependsOn(orderId: string): void {
    this.orders.add(orderId);
  }

  /** The answer must not be kept (an operation outside the cacheable ones, an error). */
  refuse(): void {
    this.refused = true;
  }

  complete(): void {
    this.completed = true;
  }

  /** The orders to keep the answer under, or null when it must not be kept. */
  get keptUnder(): readonly string[] | null {
    return this.completed && !this.refused && this.orders.size > 0 ? [...this.orders] : null;
  }
}

const TICKET = Symbol('renkei.answerTicket');

type WithTicket = { [TICKET]?: AnswerTicket };

export function attachTicket(request: object, ticket: AnswerTicket): void {
  (request as WithTicket)[TICKET] = ticket;
}

export function ticketOf(request: object): AnswerTicket | undefined {
  return (request as WithTicket)[TICKET];
}
