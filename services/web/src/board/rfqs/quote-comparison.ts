import { addDays, daysBetween } from '../shared/calendar';
import { compareDecimals, multiplyDecimal } from '../shared/decimal';

export interface Money {
  readonly amount: string;
  readonly currency: string;
}

/** What one workshop's quote offers for one RFQ line (RfqOffer). */
export interface Offer {
  readonly workshopId: string;
  readonly quoteId: string;
  readonly quoteRevision: number;
  readonly unitPrice: Money;
  readonly leadTimeDays: number;
  readonly note: string | null;
}

export interface QuotedLine {
  readonly lineNo: number;
  readonly quantity: number;
  /** YYYY-MM-DD */
  readonly dueDate: string;
  readonly offers: readonly Offer[];
}

export interface ComparedOffer extends Offer {
  /** unit price × the line's quantity */
  readonly total: Money | null;
  /** Awarded today, the parts would be ready this day. */
  readonly readyBy: string;
  /** Days after the due date (negative: that many days to spare). */
  readonly daysAgainstDue: number;
  /** The lowest unit price of the line (ties all count); false when prices are in different currencies. */
  readonly cheapest: boolean;
  /** The shortest lead time of the line (ties all count). */
  readonly fastest: boolean;
}

export interface LineComparison<L extends QuotedLine> {
  readonly line: L;
  /** One cell per workshop of the comparison, in its order: null where the workshop did not quote this line. */
  readonly cells: ReadonlyArray<ComparedOffer | null>;
}

export interface QuoteComparison<L extends QuotedLine> {
  /** The workshops side by side: every one that quoted any line, in the order they first appear. */
  readonly workshops: readonly string[];
  readonly lines: ReadonlyArray<LineComparison<L>>;
}

/**
 * The RFQ's quotes side by side, per line: price, total, lead time and the date each would deliver
 * if awarded `today`, against the line's due date, marking the cheapest and the fastest. A mark is
 * only given where there is something to compare against (two offers or more).
 */
export function compareQuotes<L extends QuotedLine>(lines: readonly L[], today: string): QuoteComparison<L> {
  const workshops = [...new Set(lines.flatMap((line) => line.offers.map((offer) => offer.workshopId)))];
  return {
    workshops,
    lines: lines.map((line) => {
      const compared = compareLine(line, today);
      return { line, cells: workshops.map((workshopId) => compared.find((offer) => offer.workshopId === workshopId) ?? null) };
    }),
  };
}

function compareLine(line: QuotedLine, today: string): ComparedOffer[] {
  const offers = line.offers;
  const comparable = offers.length > 1;
  const oneCurrency = new Set(offers.map((offer) => offer.unitPrice.currency)).size === 1;
  const lowest = oneCurrency ? offers.reduce<string | null>((min, offer) => (min === null || (compareDecimals(offer.unitPrice.amount, min) ?? 0) < 0 ? offer.unitPrice.amount : min), null) : null;
  const shortest = Math.min(...offers.map((offer) => offer.leadTimeDays));
  return offers.map((offer) => {
    const total = multiplyDecimal(offer.unitPrice.amount, line.quantity);
    const readyBy = addDays(today, offer.leadTimeDays);
    return {
      ...offer,
      total: total === null ? null : { amount: total, currency: offer.unitPrice.currency },
      readyBy,
      daysAgainstDue: daysBetween(line.dueDate, readyBy) ?? 0,
      cheapest: comparable && lowest !== null && compareDecimals(offer.unitPrice.amount, lowest) === 0,
      fastest: comparable && offer.leadTimeDays === shortest,
    };
  });
}
